#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ow {

bool installUiLanguage(QCoreApplication &app, const QString &language) {
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/onewindow_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    QLocale::setDefault(QLocale(language));
    // Qt's own strings (context menus, standard buttons) when qt6-translations-l10n is installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace ow
