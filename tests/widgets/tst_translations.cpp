#include "testpaths.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "obsolete", "vanished"
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString &path, QString *error) {
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}, xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages hold <numerusform> children; others hold the text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text.trimmed();
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString tsPath(const QString &language) {
    return ow::test::sourceDir() + QStringLiteral("/translations/onewindow_%1.ts").arg(language);
}

} // namespace

// translations/onewindow_zh_CN.ts must be complete, its placeholders must match, it must
// cover every string in the sources, and the embedded .qm files must load.
class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void chineseIsComplete();
    void coversEverySourceString();
    void embeddedChineseLoads();
    void englishPluralsLoad_data();
    void englishPluralsLoad();
};

void TestTranslations::chineseIsComplete() {
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where =
            QStringLiteral("line %1, %2 \"%3\"").arg(m.line).arg(m.context, m.source);
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1: marked %2").arg(where, m.type);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("%1: empty translation").arg(where);
            else if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::coversEverySourceString() {
    const QString lupdate =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed (qt6-l10n-tools)");
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    const QString src = ow::test::sourceDir();
    QProcess run;
    run.start(lupdate,
              {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
               src + QStringLiteral("/widgets"), src + QStringLiteral("/forms"),
               src + QStringLiteral("/app/models"), src + QStringLiteral("/app/main"),
               src + QStringLiteral("/app/core"), QStringLiteral("-ts"), fresh});
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.exitCode(), 0);
    QString error;
    const QList<TsMessage> extracted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> committed = readTs(tsPath(QStringLiteral("zh_CN")), &error);
    QSet<QString> have;
    for (const TsMessage &m : committed)
        have.insert(m.context + QLatin1Char('|') + m.source);
    QStringList missing;
    for (const TsMessage &m : extracted)
        if (!have.contains(m.context + QLatin1Char('|') + m.source))
            missing << QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in onewindow_zh_CN.ts (build update_translations, then "
                                       "translate):\n") +
                        missing.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedChineseLoads() {
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/onewindow_zh_CN.qm")));
    QCOMPARE(zh.translate("MainWindow", "OneWindow Workstation"), QStringLiteral("一窗通办工作台"));
    QCOMPARE(zh.translate("ItemDetails", "%n working day(s)", nullptr, 20),
             QStringLiteral("%n 个工作日"));
    QCOMPARE(zh.translate("ItemDetails", "Instant item"), QStringLiteral("即办件"));
}

void TestTranslations::englishPluralsLoad_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("one") << 1 << QStringLiteral("1 working day");
    QTest::newRow("many") << 20 << QStringLiteral("20 working days");
}

void TestTranslations::englishPluralsLoad() {
    QFETCH(int, n);
    QFETCH(QString, text);
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/onewindow_en.qm")));
    QCoreApplication::installTranslator(&en);
    QCOMPARE(QCoreApplication::translate("ItemDetails", "%n working day(s)", nullptr, n), text);
    QCoreApplication::removeTranslator(&en);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
