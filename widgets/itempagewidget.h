#pragma once

#include "catalog.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class ItemPageWidget;
}

namespace ow {

class MaterialTableModel;

// One item's standard as the window clerk reads it to the applicant: name, code, department,
// type, who it serves, legal and committed limits with their basis, how it is handled
// (即办件 / 最多跑一次 / 马上办, visits) and every material with its attributes.
// The catalog has no handling levels (市/区/镇/村) yet, so the page shows none.
class ItemPageWidget : public QWidget {
    Q_OBJECT
public:
    explicit ItemPageWidget(QWidget *parent = nullptr);
    ~ItemPageWidget() override;

    void showItem(const Item &item, const QString &departmentName);
    // Back to the hint that asks to choose an item.
    void clear();

    bool isShowingItem() const;
    QString itemId() const { return m_itemId; }
    MaterialTableModel *materialModel() const { return m_materials; }
    void focusMaterials();

private:
    void setFlags(const Item &item);

    std::unique_ptr<Ui::ItemPageWidget> m_ui;
    MaterialTableModel *m_materials;
    QTimer *m_fitRows;
    QList<QLabel *> m_flagChips;
    QString m_itemId;
};

} // namespace ow
