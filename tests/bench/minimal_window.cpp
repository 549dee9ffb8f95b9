// The baseline for the start-up benchmark: an empty QMainWindow. With --exit-when-shown it
// prints "shown <ms since main>" and quits once its window is exposed, as onewindow does.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

class ExposeReporter : public QObject {
public:
    explicit ExposeReporter(const QElapsedTimer &sinceMain)
        : m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!m_done && event->type() == QEvent::Expose && window && window->isExposed()) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("shown %.1f\n", static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceMain;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    ExposeReporter reporter(sinceMain);
    if (QApplication::arguments().contains(QStringLiteral("--exit-when-shown")))
        app.installEventFilter(&reporter);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("minimal"));
    window.setCentralWidget(new QLabel(QStringLiteral("minimal window")));
    window.resize(640, 480);
    window.show();
    return QApplication::exec();
}
