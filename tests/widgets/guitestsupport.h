#pragma once

#include "workstationcontext.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace ow::test {

// A workstation store in a temporary folder after its first run: demo catalog and the first
// administrator with a one-time password.
class TempWorkstation {
public:
    TempWorkstation();
    // Empty when the store is ready; otherwise why not.
    const QString &error() const { return m_error; }
    WorkstationContext &context() { return *m_context; }
    const WorkstationStore::FirstRun &firstRun() const { return m_firstRun; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkstationContext> m_context;
    WorkstationStore::FirstRun m_firstRun;
    QString m_error;
};

// Types text the way an input method commits it: QTest::keyClicks aborts on CJK in Qt 6.4.
void commitText(QWidget *widget, const QString &text);
// Installs the embedded Chinese translation (as the application does by default).
bool installChinese();

} // namespace ow::test
