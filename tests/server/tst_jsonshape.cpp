#include "jsonshape.h"

#include <QTest>

using namespace ow;

// Request bodies are strict: malformed JSON, unknown fields, missing fields and wrong types are
// refused with a message that names the field.
class TestJsonShape : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart"); // empty: accepted
        QTest::newRow("object") << QByteArray(R"({"a":1})") << "";
        QTest::newRow("empty") << QByteArray("  ") << "empty";
        QTest::newRow("truncated") << QByteArray(R"({"a":)") << "malformed JSON at byte";
        QTest::newRow("array") << QByteArray("[1,2]") << "must be a JSON object";
        QTest::newRow("garbage") << QByteArray("hello") << "malformed JSON";
    }
    void parse() {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const auto r = JsonShape::parseObject(body);
        QCOMPARE(r.ok(), messagePart.isEmpty());
        if (!r)
            QVERIFY2(r.error().contains(messagePart), qPrintable(r.error()));
    }

    void check_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message"); // empty: accepted
        QTest::newRow("valid") << QByteArray(R"({"name":"a","count":3,"flag":true})") << "";
        QTest::newRow("optional absent") << QByteArray(R"({"name":"a","count":3})") << "";
        QTest::newRow("missing") << QByteArray(R"({"count":3})")
                                 << "missing field 'entry.name' (a string)";
        QTest::newRow("unknown") << QByteArray(R"({"name":"a","count":3,"colour":1})")
                                 << "unknown field 'entry.colour' (expected: name, count, flag)";
        QTest::newRow("string for int") << QByteArray(R"({"name":"a","count":"3"})")
                                        << "field 'entry.count' must be an integer, not a string";
        QTest::newRow("fraction") << QByteArray(R"({"name":"a","count":1.5})")
                                  << "field 'entry.count' must be an integer, not a number";
        QTest::newRow("null name") << QByteArray(R"({"name":null,"count":1})")
                                   << "field 'entry.name' must be a string, not null";
        QTest::newRow("number flag") << QByteArray(R"({"name":"a","count":1,"flag":1})")
                                     << "field 'entry.flag' must be true or false, not a number";
    }
    void check() {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto o = JsonShape::parseObject(body);
        QVERIFY(o);
        const Status st = JsonShape::check(o.value(),
                                           {{QStringLiteral("name"), JsonType::String},
                                            {QStringLiteral("count"), JsonType::Integer},
                                            {QStringLiteral("flag"), JsonType::Boolean, false}},
                                           QStringLiteral("entry"));
        QCOMPARE(st.ok(), message.isEmpty());
        if (!st)
            QCOMPARE(st.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestJsonShape)
#include "tst_jsonshape.moc"
