#pragma once

#include "syncengine.h"

#include <QUrl>
#include <QWidget>

class QLabel;

namespace ow {

// The status bar's sync indicator: a coloured dot and "Online · 0 pending" (在线 · 待同步 0 条),
// with the open conflicts when there are any; the tooltip names the server, the last good sync
// and the last error.
class SyncStatusLabel : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setState(const ow::SyncState &state);
    QString text() const;

private:
    void updateToolTip();

    QLabel *m_dot;
    QLabel *m_text;
    SyncState m_state;
    QUrl m_server;
};

} // namespace ow
