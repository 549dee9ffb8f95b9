#include "appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestAppSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultLanguageIsChinese();
    void setLanguage_data();
    void setLanguage();
    void storedValueIsChecked_data();
    void storedValueIsChecked();
    void lastUserAndGeometrySurvive();

private:
    QString iniFile() const { return m_dir.filePath(QStringLiteral("onewindow.ini")); }
    QTemporaryDir m_dir;
};

void TestAppSettings::defaultLanguageIsChinese() {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("fresh.ini")));
    QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
    QCOMPARE(AppSettings::defaultLanguage(), QStringLiteral("zh_CN"));
}

void TestAppSettings::setLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("afterwards");
    QTest::newRow("english") << QStringLiteral("en") << true << QStringLiteral("en");
    QTest::newRow("chinese") << QStringLiteral("zh_CN") << true << QStringLiteral("zh_CN");
    QTest::newRow("unsupported") << QStringLiteral("fr") << false << QStringLiteral("zh_CN");
    QTest::newRow("wrong case") << QStringLiteral("ZH_cn") << false << QStringLiteral("zh_CN");
}

void TestAppSettings::setLanguage() {
    QFETCH(QString, language);
    QFETCH(bool, accepted);
    QFETCH(QString, afterwards);
    QFile::remove(iniFile());
    {
        AppSettings settings(iniFile());
        QCOMPARE(settings.setLanguage(language), accepted);
        settings.sync();
    }
    AppSettings reread(iniFile());
    QCOMPARE(reread.language(), afterwards);
}

void TestAppSettings::storedValueIsChecked_data() {
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("read");
    QTest::newRow("valid") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("garbage") << QStringLiteral("klingon") << QStringLiteral("zh_CN");
    QTest::newRow("empty") << QString() << QStringLiteral("zh_CN");
}

void TestAppSettings::storedValueIsChecked() {
    QFETCH(QString, stored);
    QFETCH(QString, read);
    {
        QSettings raw(iniFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), stored);
    }
    AppSettings settings(iniFile());
    QCOMPARE(settings.language(), read);
}

void TestAppSettings::lastUserAndGeometrySurvive() {
    QFile::remove(iniFile());
    {
        AppSettings settings(iniFile());
        QCOMPARE(settings.lastUserName(), QString());
        settings.setLastUserName(QStringLiteral("clerk01"));
        settings.setMainWindowGeometry(QByteArray("\x01\x02geometry", 10));
        settings.sync();
    }
    AppSettings reread(iniFile());
    QCOMPARE(reread.lastUserName(), QStringLiteral("clerk01"));
    QCOMPARE(reread.mainWindowGeometry(), QByteArray("\x01\x02geometry", 10));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
