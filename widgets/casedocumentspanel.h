#pragma once

#include "noticedocument.h"
#include "result.h"

#include <QFrame>
#include <QString>

#include <memory>

namespace Ui {
class CaseDocumentsPanel;
}

namespace ow {

class ExportPathChooser;
class IntakeSession;

// The printed documents of the selected case (受理通知书, 容缺受理承诺书 ...): print preview,
// printing and PDF export. Documents come from IntakeSession; NoticePrinter renders them.
class CaseDocumentsPanel : public QFrame {
    Q_OBJECT
public:
    explicit CaseDocumentsPanel(QWidget *parent = nullptr);
    ~CaseDocumentsPanel() override;

    void setSession(IntakeSession *session);
    // Not owned; nullptr restores the file dialog.
    void setExportPathChooser(ExportPathChooser *chooser);
    void setCaseId(const QString &caseId);

    int documentCount() const;
    NoticeDocument::Kind kindAt(int row) const;
    // Selects the row of that kind; false when the case has no such document.
    bool selectDocument(NoticeDocument::Kind kind);
    // Writes the selected document as PDF to a path the chooser gives.
    Status exportSelected();
    QString statusText() const;

private:
    void refresh();
    Result<NoticeDocument> selectedDocument();
    void preview();
    void print();
    void updateButtons();
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::CaseDocumentsPanel> m_ui;
    std::unique_ptr<ExportPathChooser> m_fileDialog;
    ExportPathChooser *m_chooser = nullptr;
    IntakeSession *m_session = nullptr;
    QString m_caseId;
};

} // namespace ow
