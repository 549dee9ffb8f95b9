#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class ItemGuideWidget;
}

namespace ow {

class DepartmentListModel;
class ItemPageWidget;
class ItemSearchModel;
class WorkstationContext;

// The item guide (办事指南): a search box that searches as the clerk types (debounced), a
// department filter, the matching items, and the chosen item's page beside them.
// Keys: Ctrl+F search, Down/Enter from the search box to the results, Enter on a result to its
// materials.
class ItemGuideWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 150;

    explicit ItemGuideWidget(WorkstationContext &context, QWidget *parent = nullptr);
    ~ItemGuideWidget() override;

    void focusSearch();
    // Runs a pending debounced search now (tests, and Enter in the search box).
    void searchNow();
    ItemSearchModel *searchModel() const { return m_results; }
    ItemPageWidget *itemPage() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void departmentChosen(int row);
    void showItemAt(const QModelIndex &index);
    void updateCount();

    std::unique_ptr<Ui::ItemGuideWidget> m_ui;
    WorkstationContext &m_context;
    ItemSearchModel *m_results;
    DepartmentListModel *m_departments;
    QTimer *m_debounce;
    QHash<QString, QString> m_departmentNames;
};

} // namespace ow
