#include "guitestsupport.h"

#include "uilanguage.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QWidget>

namespace ow::test {

TempWorkstation::TempWorkstation() {
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    auto context = WorkstationContext::open(m_dir.path());
    if (!context) {
        m_error = context.error();
        return;
    }
    m_context = std::move(context.value());
    auto firstRun = m_context->ensureFirstRun();
    if (!firstRun) {
        m_error = firstRun.error();
        return;
    }
    m_firstRun = firstRun.value();
}

void commitText(QWidget *widget, const QString &text) {
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

bool installChinese() {
    return installUiLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

} // namespace ow::test
