#pragma once

#include <QObject>

namespace ow {

// For the start-up benchmark: when the first window of the application is exposed, prints
// "shown <milliseconds since the process started>" on stdout and quits with exit code 0.
class FirstExposeWatcher : public QObject {
    Q_OBJECT
public:
    explicit FirstExposeWatcher(QObject *parent = nullptr);
    // Milliseconds since the kernel started this process (10 ms resolution on Linux), or since
    // this object's creation where /proc is unavailable.
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace ow
