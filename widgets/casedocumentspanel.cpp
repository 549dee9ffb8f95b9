#include "casedocumentspanel.h"

#include "casestatetext.h"
#include "exportpathchooser.h"
#include "intakesession.h"
#include "noticeprinter.h"
#include "ui_casedocumentspanel.h"

#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStyle>

namespace ow {

namespace {
constexpr int KindRole = Qt::UserRole + 1;

// A file name without the characters file systems refuse.
QString fileNameFor(const NoticeDocument &document) {
    QString name = document.title + QLatin1Char('-') + document.number;
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    return name + QStringLiteral(".pdf");
}
} // namespace

CaseDocumentsPanel::CaseDocumentsPanel(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::CaseDocumentsPanel>())
    , m_fileDialog(std::make_unique<FileDialogPathChooser>())
    , m_chooser(m_fileDialog.get()) {
    m_ui->setupUi(this);
    m_ui->documentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->documentList->setTextElideMode(Qt::ElideRight);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &CaseDocumentsPanel::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &CaseDocumentsPanel::print);
    connect(m_ui->exportButton, &QPushButton::clicked, this,
            [this] { static_cast<void>(exportSelected()); });
    connect(m_ui->documentList, &QListWidget::currentRowChanged, this,
            &CaseDocumentsPanel::updateButtons);
    connect(m_ui->documentList, &QListWidget::itemActivated, this, &CaseDocumentsPanel::preview);
    updateButtons();
}

CaseDocumentsPanel::~CaseDocumentsPanel() = default;

void CaseDocumentsPanel::setSession(IntakeSession *session) {
    m_session = session;
    connect(session, &IntakeSession::caseChanged, this, [this](const QString &caseId) {
        if (caseId == m_caseId)
            refresh();
    });
}

void CaseDocumentsPanel::setExportPathChooser(ExportPathChooser *chooser) {
    m_chooser = chooser ? chooser : m_fileDialog.get();
}

void CaseDocumentsPanel::setCaseId(const QString &caseId) {
    m_caseId = caseId;
    refresh();
}

void CaseDocumentsPanel::refresh() {
    m_ui->documentList->clear();
    showStatus(QString(), false);
    const IntakeCase *kase = m_session ? m_session->caseById(m_caseId) : nullptr;
    if (kase) {
        for (const NoticeDocument::Kind kind : IntakeSession::documentKinds(kase->state())) {
            auto *item = new QListWidgetItem(CaseStateText::documentTitle(kind));
            item->setData(KindRole, static_cast<int>(kind));
            m_ui->documentList->addItem(item);
        }
        if (m_ui->documentList->count() > 0)
            m_ui->documentList->setCurrentRow(0);
    }
    updateButtons();
}

int CaseDocumentsPanel::documentCount() const {
    return m_ui->documentList->count();
}

NoticeDocument::Kind CaseDocumentsPanel::kindAt(int row) const {
    return static_cast<NoticeDocument::Kind>(m_ui->documentList->item(row)->data(KindRole).toInt());
}

bool CaseDocumentsPanel::selectDocument(NoticeDocument::Kind kind) {
    for (int row = 0; row < documentCount(); ++row)
        if (kindAt(row) == kind) {
            m_ui->documentList->setCurrentRow(row);
            return true;
        }
    return false;
}

QString CaseDocumentsPanel::statusText() const {
    return m_ui->statusLabel->text();
}

void CaseDocumentsPanel::updateButtons() {
    const bool any = m_ui->documentList->currentRow() >= 0;
    m_ui->previewButton->setEnabled(any);
    m_ui->printButton->setEnabled(any);
    m_ui->exportButton->setEnabled(any);
}

void CaseDocumentsPanel::showStatus(const QString &text, bool error) {
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("heading",
                                   error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_ui->statusLabel->style()->unpolish(m_ui->statusLabel);
    m_ui->statusLabel->style()->polish(m_ui->statusLabel);
}

Result<NoticeDocument> CaseDocumentsPanel::selectedDocument() {
    const int row = m_ui->documentList->currentRow();
    if (!m_session || row < 0)
        return Result<NoticeDocument>::failure(tr("Choose a document first."));
    auto document = m_session->document(m_caseId, kindAt(row));
    if (!document)
        showStatus(tr("The document could not be made: %1").arg(document.error()), true);
    return document;
}

void CaseDocumentsPanel::preview() {
    const auto document = selectedDocument();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview — %1").arg(document->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (const Status printed = NoticePrinter::print(document.value(), target); !printed)
            showStatus(printed.error(), true);
    });
    dialog.exec();
}

void CaseDocumentsPanel::print() {
    const auto document = selectedDocument();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status printed = NoticePrinter::print(document.value(), &printer); !printed)
        showStatus(tr("Printing failed: %1").arg(printed.error()), true);
    else
        showStatus(tr("Sent %1 to the printer.").arg(document->title), false);
}

Status CaseDocumentsPanel::exportSelected() {
    const auto document = selectedDocument();
    if (!document)
        return Status::failure(document.error());
    const QString path = m_chooser->choosePdfPath(this, fileNameFor(document.value()));
    if (path.isEmpty())
        return Status::failure(tr("Export cancelled."));
    if (const Status written = NoticePrinter::writePdf(document.value(), path); !written) {
        showStatus(tr("The PDF could not be written: %1").arg(written.error()), true);
        return written;
    }
    showStatus(tr("Saved %1").arg(QFileInfo(path).fileName()), false);
    return {};
}

} // namespace ow
