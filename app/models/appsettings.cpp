#include "appsettings.h"

namespace ow {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kLastUserKey = QStringLiteral("login/lastUser");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kDueSoonDaysKey = QStringLiteral("ledger/dueSoonDays");
constexpr int kDefaultDueSoonDays = 3;
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QStringList AppSettings::supportedLanguages() {
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool AppSettings::isSupportedLanguage(const QString &language) {
    return supportedLanguages().contains(language);
}

QString AppSettings::language() const {
    const QString stored = m_settings->value(kLanguageKey, defaultLanguage()).toString();
    return isSupportedLanguage(stored) ? stored : defaultLanguage();
}

bool AppSettings::setLanguage(const QString &language) {
    if (!isSupportedLanguage(language))
        return false;
    m_settings->setValue(kLanguageKey, language);
    return true;
}

QString AppSettings::lastUserName() const {
    return m_settings->value(kLastUserKey).toString();
}

void AppSettings::setLastUserName(const QString &name) {
    m_settings->setValue(kLastUserKey, name);
}

QByteArray AppSettings::mainWindowGeometry() const {
    return m_settings->value(kGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry) {
    m_settings->setValue(kGeometryKey, geometry);
}

int AppSettings::commitmentDueSoonDays() const {
    bool ok = false;
    const int days = m_settings->value(kDueSoonDaysKey, kDefaultDueSoonDays).toInt(&ok);
    return ok && days >= 0 && days <= 60 ? days : kDefaultDueSoonDays;
}

void AppSettings::setCommitmentDueSoonDays(int days) {
    m_settings->setValue(kDueSoonDaysKey, qBound(0, days, 60));
}

void AppSettings::sync() {
    m_settings->sync();
}

} // namespace ow
