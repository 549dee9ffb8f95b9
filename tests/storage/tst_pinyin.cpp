#include "pinyin.h"

#include <QTest>

#include <thread>

using namespace ow;

class TestPinyin : public QObject {
    Q_OBJECT

private slots:
    void initialsAndFull_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("full");

        QTest::newRow("营业执照") << "营业执照"
                                  << "yyzz"
                                  << "yingyezhizhao";
        QTest::newRow("户口迁移") << "户口迁移"
                                  << "hkqy"
                                  << "hukouqianyi";
        QTest::newRow("居民身份证") << "居民身份证"
                                    << "jmsfz"
                                    << "juminshenfenzheng";
        QTest::newRow("ü folds to u") << "绿色"
                                      << "ls"
                                      << "luse";
        QTest::newRow("punctuation left out") << "营业执照（副本）"
                                              << "yyzzfb"
                                              << "yingyezhizhaofuben";
        QTest::newRow("letters and digits kept") << "GPS定位2号"
                                                 << "gpsdw2h"
                                                 << "gpsdingwei2hao";
        QTest::newRow("spaces left out") << "户口 迁移"
                                         << "hkqy"
                                         << "hukouqianyi";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }

    void initialsAndFull() {
        QFETCH(QString, text);
        QFETCH(QString, initials);
        QFETCH(QString, full);
        QCOMPARE(Pinyin::initials(text), initials);
        QCOMPARE(Pinyin::full(text), full);
    }

    void syllables_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("syllables");
        QTest::newRow("han") << "营业" << QStringList{QStringLiteral("ying"), QStringLiteral("ye")};
        QTest::newRow("mixed, lower-cased")
            << "A证" << QStringList{QStringLiteral("a"), QStringLiteral("zheng")};
        QTest::newRow("punctuation kept as is")
            << "（证）"
            << QStringList{QStringLiteral("（"), QStringLiteral("zheng"), QStringLiteral("）")};
        QTest::newRow("outside the BMP") << "𠀀" << QStringList{QStringLiteral("he")};
    }

    void syllables() {
        QFETCH(QString, text);
        QFETCH(QStringList, syllables);
        const QStringList actual = Pinyin::syllables(text);
        QCOMPARE(actual.size(), text.toUcs4().size());
        if (QTest::currentDataTag() == QByteArray("outside the BMP"))
            QVERIFY(!actual.first().isEmpty()); // one entry, whatever ICU reads it as
        else
            QCOMPARE(actual, syllables);
    }

    void worksOnSeveralThreads() {
        // Each thread has its own transliterator; results must not mix.
        QString a, b;
        std::thread first([&] {
            for (int i = 0; i < 200; ++i)
                a = Pinyin::full(QStringLiteral("营业执照户口迁移"));
        });
        std::thread second([&] {
            for (int i = 0; i < 200; ++i)
                b = Pinyin::initials(QStringLiteral("社会保障卡申领"));
        });
        first.join();
        second.join();
        QCOMPARE(a, QStringLiteral("yingyezhizhaohukouqianyi"));
        QCOMPARE(b, QStringLiteral("shbzksl"));
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
