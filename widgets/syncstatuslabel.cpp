#include "syncstatuslabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>

namespace ow {

namespace {

QString connectionText(SyncState::Connection connection) {
    switch (connection) {
    case SyncState::Connection::Online:
        return SyncStatusLabel::tr("Online");
    case SyncState::Connection::Syncing:
        return SyncStatusLabel::tr("Syncing");
    case SyncState::Connection::Offline:
        break;
    }
    return SyncStatusLabel::tr("Offline");
}

// Green when all is well, blue while syncing, amber when the server refused something or
// conflicts wait, grey-red when it cannot be reached.
QString dotColour(const SyncState &state) {
    switch (state.connection) {
    case SyncState::Connection::Syncing:
        return QStringLiteral("#1565c0");
    case SyncState::Connection::Online:
        return state.conflicts > 0 || !state.lastError.isEmpty() ? QStringLiteral("#ef6c00")
                                                                 : QStringLiteral("#2e7d32");
    case SyncState::Connection::Offline:
        break;
    }
    return QStringLiteral("#b71c1c");
}

} // namespace

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(QStringLiteral("●"), this))
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setState(SyncState());
}

void SyncStatusLabel::setServer(const QUrl &server) {
    m_server = server;
    updateToolTip();
}

void SyncStatusLabel::setState(const SyncState &state) {
    m_state = state;
    QStringList parts{connectionText(state.connection),
                      tr("%n pending", "entries not yet on the server", state.pending)};
    if (state.conflicts > 0)
        parts << tr("%n conflict(s)", "open sync conflicts", state.conflicts);
    m_text->setText(parts.join(QStringLiteral(" · ")));
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(dotColour(state)));
    updateToolTip();
}

QString SyncStatusLabel::text() const {
    return m_text->text();
}

void SyncStatusLabel::updateToolTip() {
    QStringList lines;
    if (!m_server.isEmpty())
        lines << tr("Server: %1").arg(m_server.toString());
    lines << (m_state.lastSuccess.isValid() ? tr("Last successful sync: %1")
                                                  .arg(m_state.lastSuccess.toLocalTime().toString(
                                                      QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                            : tr("No successful sync yet"));
    if (!m_state.lastError.isEmpty())
        lines << tr("Last error: %1").arg(m_state.lastError);
    setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace ow
