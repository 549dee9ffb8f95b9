#include "appsettings.h"

#include "faceimagevault.h"

namespace ow {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kLastUserKey = QStringLiteral("login/lastUser");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kDueSoonDaysKey = QStringLiteral("ledger/dueSoonDays");
constexpr int kDefaultDueSoonDays = 3;
constexpr int kMaxFaceRetentionDays = FaceImageVault::maxRetentionDays;
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

FaceThresholds AppSettings::faceThresholds() const {
    const FaceThresholds defaults;
    FaceThresholds t;
    t.passAt = m_settings->value(QStringLiteral("face/passAt"), defaults.passAt).toDouble();
    t.reviewFrom =
        m_settings->value(QStringLiteral("face/reviewFrom"), defaults.reviewFrom).toDouble();
    t.liveAt = m_settings->value(QStringLiteral("face/liveAt"), defaults.liveAt).toDouble();
    return t.problem().isEmpty() ? t : defaults;
}

bool AppSettings::setFaceThresholds(const FaceThresholds &thresholds) {
    if (!thresholds.problem().isEmpty())
        return false;
    m_settings->setValue(QStringLiteral("face/passAt"), thresholds.passAt);
    m_settings->setValue(QStringLiteral("face/reviewFrom"), thresholds.reviewFrom);
    m_settings->setValue(QStringLiteral("face/liveAt"), thresholds.liveAt);
    return true;
}

QString AppSettings::faceChallenge() const {
    const QString stored =
        m_settings->value(QStringLiteral("face/challenge"), QStringLiteral("blink")).toString();
    const QStringList known{QStringLiteral("blink"), QStringLiteral("turn-head"),
                            QStringLiteral("none")};
    return known.contains(stored) ? stored : QStringLiteral("blink");
}

void AppSettings::setFaceChallenge(const QString &challenge) {
    m_settings->setValue(QStringLiteral("face/challenge"), challenge);
}

QString AppSettings::faceCamera() const {
    return m_settings->value(QStringLiteral("face/camera")).toString();
}

void AppSettings::setFaceCamera(const QString &camera) {
    m_settings->setValue(QStringLiteral("face/camera"), camera);
}

QString AppSettings::idCardReader() const {
    return m_settings->value(QStringLiteral("idcard/reader")).toString();
}

void AppSettings::setIdCardReader(const QString &reader) {
    m_settings->setValue(QStringLiteral("idcard/reader"), reader);
}

int AppSettings::faceRetentionDays() const {
    bool ok = false;
    const int days = m_settings->value(QStringLiteral("face/retentionDays"), 0).toInt(&ok);
    return ok ? qBound(0, days, kMaxFaceRetentionDays) : 0;
}

void AppSettings::setFaceRetentionDays(int days) {
    m_settings->setValue(QStringLiteral("face/retentionDays"),
                         qBound(0, days, kMaxFaceRetentionDays));
}

QString AppSettings::faceVaultKeyPath() const {
    return m_settings->value(QStringLiteral("face/vaultKeyPath")).toString();
}

void AppSettings::setFaceVaultKeyPath(const QString &path) {
    m_settings->setValue(QStringLiteral("face/vaultKeyPath"), path);
}

void AppSettings::sync() {
    m_settings->sync();
}

} // namespace ow
