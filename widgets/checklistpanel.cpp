#include "checklistpanel.h"

#include "checklisttablemodel.h"
#include "intakemessages.h"
#include "intakesession.h"
#include "materialpromptdialog.h"
#include "materialscandialog.h"
#include "ui_checklistpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>

namespace ow {

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ChecklistPanel>()) {
    m_ui->setupUi(this);
    m_ui->legendLabel->setText(tr("Keys: R received · E e-licence · D deferred · M missing · "
                                  "X defective · N not applicable"));
    m_ui->checklistTable->installEventFilter(this);
    m_ui->blockersLayout->setStretch(1, 1);
    m_ui->blockersHeading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->checklistTable->verticalHeader()->setVisible(false);
    m_ui->checklistTable->verticalHeader()->setDefaultSectionSize(30);
    auto *scan = new QAction(this);
    scan->setShortcut(QKeySequence(Qt::Key_F9));
    scan->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(scan, &QAction::triggered, this, &ChecklistPanel::scanCurrent);
    addAction(scan);
    connect(m_ui->scanButton, &QPushButton::clicked, this, &ChecklistPanel::scanCurrent);
    m_ui->blockersFrame->setStyleSheet(
        QStringLiteral("QFrame#blockersFrame { background: #fff7e6; border: 1px solid #f0d9a8;"
                       " border-radius: 4px; }"));
}

ChecklistPanel::~ChecklistPanel() = default;

void ChecklistPanel::setSession(IntakeSession *session) {
    m_session = session;
    m_model = new ChecklistTableModel(*session, this);
    m_ui->checklistTable->setModel(m_model);
    // The material's name gets the room; long standard texts are elided (full text as tooltip).
    QHeaderView *header = m_ui->checklistTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChecklistTableModel::MaterialColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChecklistTableModel::NecessityColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistTableModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistTableModel::BlockingColumn,
                                 QHeaderView::ResizeToContents);
    header->resizeSection(ChecklistTableModel::RequirementColumn, 110);
    header->resizeSection(ChecklistTableModel::DetailColumn, 140);
    m_ui->checklistTable->setTextElideMode(Qt::ElideRight);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistPanel::updateBlockers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistPanel::updateBlockers);
    updateBlockers();
}

void ChecklistPanel::setCaseId(const QString &caseId) {
    m_model->setCaseId(caseId);
    if (m_model->rowCount() > 0)
        m_ui->checklistTable->setCurrentIndex(m_model->index(0, ChecklistTableModel::StateColumn));
}

QTableView *ChecklistPanel::table() const {
    return m_ui->checklistTable;
}

void ChecklistPanel::focusTable() {
    m_ui->checklistTable->setFocus(Qt::ShortcutFocusReason);
}

QString ChecklistPanel::blockersText() const {
    return m_ui->blockersLabel->text();
}

void ChecklistPanel::updateBlockers() {
    const IntakeCase *kase = m_session ? m_session->caseById(m_model->caseId()) : nullptr;
    if (!kase) {
        m_ui->blockersLabel->setText(tr("Add an item to the visit to see its checklist."));
        return;
    }
    if (kase->state() != CaseState::Received && kase->state() != CaseState::CorrectionRequested) {
        m_ui->blockersLabel->setText(tr("Decided: the checklist is closed."));
        return;
    }
    const QList<ChecklistBlocker> blockers = kase->checklist.blockers();
    if (blockers.isEmpty()) {
        m_ui->blockersLabel->setText(tr("Nothing: every required material is in. Accept with F5."));
        return;
    }
    QStringList lines;
    bool allDeferred = true;
    for (const ChecklistBlocker &b : blockers) {
        lines << tr("• %1 — %2").arg(b.material, IntakeMessages::blocker(b, kase));
        allDeferred = allDeferred && b.state == MaterialState::Deferred;
    }
    if (allDeferred)
        lines << tr("Only deferred materials remain: accept with deferral (F6).");
    m_ui->blockersLabel->setText(lines.join(QLatin1Char('\n')));
}

bool ChecklistPanel::markCurrent(MaterialState state) {
    const int row = m_ui->checklistTable->currentIndex().row();
    if (!m_session || row < 0)
        return false;
    const QString material = m_model->materialAt(row);
    const ChecklistEntry *entry = nullptr;
    if (const IntakeCase *kase = m_session->caseById(m_model->caseId()))
        entry = kase->checklist.entry(material);
    if (!entry)
        return false;
    MaterialMark mark;
    mark.state = state;
    switch (state) {
    case MaterialState::Received:
        mark.original = !entry->standard.form.contains(QStringLiteral("复印件"));
        break;
    case MaterialState::Deferred: {
        if (!entry->deferrable()) {
            emit message(
                tr("“%1” may not be deferred: the applicant must present it now.").arg(material),
                true);
            return false;
        }
        const auto latest = m_session->latestPromiseDate(m_model->caseId());
        if (!latest) {
            emit message(latest.error(), true);
            return false;
        }
        MaterialPromptDialog prompt(material, tr("Promised date of supply:"), this);
        prompt.setWindowTitle(tr("Deferred material"));
        prompt.askDate(entry->promisedDate.isValid() ? entry->promisedDate : latest.value(),
                       m_session->today(), latest.value());
        if (prompt.exec() != QDialog::Accepted)
            return false;
        mark.promisedDate = prompt.date();
        break;
    }
    case MaterialState::FromELicence: {
        MaterialPromptDialog prompt(material, tr("Obtained from (source):"), this);
        prompt.setWindowTitle(tr("From e-licence"));
        prompt.askText(entry->source.isEmpty() ? QStringLiteral("电子证照库") : entry->source,
                       tr("e.g. the e-licence library"));
        if (prompt.exec() != QDialog::Accepted)
            return false;
        mark.source = prompt.text();
        break;
    }
    case MaterialState::Defective:
    case MaterialState::NotApplicable: {
        const bool defective = state == MaterialState::Defective;
        if (!defective && entry->required()) {
            emit message(tr("“%1” is required and cannot be marked not applicable.").arg(material),
                         true);
            return false;
        }
        MaterialPromptDialog prompt(
            material, defective ? tr("What is wrong with it?") : tr("Why does it not apply?"),
            this);
        prompt.setWindowTitle(defective ? tr("Defective material") : tr("Not applicable"));
        prompt.askText(entry->reason, QString());
        if (prompt.exec() != QDialog::Accepted)
            return false;
        mark.reason = prompt.text();
        break;
    }
    case MaterialState::Missing:
        break;
    }
    const Status marked = m_model->mark(row, mark);
    if (!marked) {
        emit message(marked.error(), true);
        return false;
    }
    emit message(tr("%1: %2").arg(material, ChecklistTableModel::stateText(state)), false);
    return true;
}

MaterialScanDialog *ChecklistPanel::scanCurrent() {
    const int row = m_ui->checklistTable->currentIndex().row();
    if (!m_session || !m_session->caseById(m_model->caseId()) || row < 0) {
        emit message(tr("Choose a material of a case to scan."), true);
        return nullptr;
    }
    auto *dialog = new MaterialScanDialog(m_session->context(), *m_session, m_model->caseId(),
                                          m_model->materialAt(row), m_scanDevices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaterialScanDialog::saved, this,
            [this](const QList<MaterialScanRecord> &records) {
                m_model->reloadScans();
                emit message(tr("Scanned %n material(s); mark each received when it is.", nullptr,
                                int(records.size())),
                             false);
            });
    dialog->open();
    return dialog;
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->checklistTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QFrame::eventFilter(watched, event);
        static const QHash<int, MaterialState> keys = {
            {Qt::Key_R, MaterialState::Received},  {Qt::Key_E, MaterialState::FromELicence},
            {Qt::Key_D, MaterialState::Deferred},  {Qt::Key_M, MaterialState::Missing},
            {Qt::Key_X, MaterialState::Defective}, {Qt::Key_N, MaterialState::NotApplicable}};
        if (const auto it = keys.constFind(key->key()); it != keys.cend()) {
            markCurrent(it.value());
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace ow
