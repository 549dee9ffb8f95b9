#pragma once

#include "facedecision.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace ow {

// The workstation's per-user preferences. The language takes effect at the next start, because
// the translators are installed before the first window is built.
class AppSettings {
public:
    // The application's default QSettings (organisation and application names set by main).
    AppSettings();
    // An INI file of its own; for tests and portable installs.
    explicit AppSettings(const QString &iniFile);

    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    static QStringList supportedLanguages();
    static bool isSupportedLanguage(const QString &language);

    // "zh_CN" (the default) or "en"; an unknown stored value reads as the default.
    QString language() const;
    bool setLanguage(const QString &language);

    QString lastUserName() const;
    void setLastUserName(const QString &name);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    // The commitment ledger's "due soon" horizon in working days (default 3, 0–60).
    int commitmentDueSoonDays() const;
    void setCommitmentDueSoonDays(int days);

    // The face check (docs/facecheck.md): score bands and liveness floor (defaults: the
    // calibrated starting points of FaceThresholds; an unusable stored set reads as the
    // defaults), the active challenge ("blink" by default, "turn-head", "none"), the camera
    // (id or description; empty = the system default) and the ID-card reader's port.
    FaceThresholds faceThresholds() const;
    bool setFaceThresholds(const FaceThresholds &thresholds);
    QString faceChallenge() const;
    void setFaceChallenge(const QString &challenge);
    QString faceCamera() const;
    void setFaceCamera(const QString &camera);
    QString idCardReader() const;
    void setIdCardReader(const QString &reader);
    // Encrypted retention of the check's images (FaceImageVault): days to keep the card
    // portrait and the best live frame (default 0 = keep nothing; 0–365, clamped), and the
    // vault's key file (empty = <dataDir>/keys/face-vault.key; a site keeps it elsewhere).
    int faceRetentionDays() const;
    void setFaceRetentionDays(int days);
    QString faceVaultKeyPath() const;
    void setFaceVaultKeyPath(const QString &path);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ow
