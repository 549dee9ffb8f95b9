#pragma once

#include <QString>

class QCoreApplication;

namespace ow {

// Installs the translators for "zh_CN" or "en": the workstation's own (embedded as
// :/i18n/onewindow_<lang>.qm) and Qt's, when the system has them. Call before any window
// exists. Returns false, changing nothing, when the workstation's translation is missing.
bool installUiLanguage(QCoreApplication &app, const QString &language);

} // namespace ow
