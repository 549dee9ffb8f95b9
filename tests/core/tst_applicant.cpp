#include "applicant.h"
#include "intakefixture.h"

#include <QTest>

using namespace ow;

class TestApplicant : public QObject {
    Q_OBJECT

private slots:
    void naturalPerson() {
        Applicant a = test::naturalPerson();
        a.idNumber = QStringLiteral(" 150302199003071238 ");
        QVERIFY(a.validate(QDate(2026, 3, 2)).isEmpty());
        QCOMPARE(a.idNumber, QStringLiteral("150302199003071238"));
        QCOMPARE(a.sex, IdNumberCheck::Sex::Male);
        QCOMPARE(a.birthDate, QDate(1990, 3, 7));
        QCOMPARE(a.displayId(), QStringLiteral("150302********1238"));
        QCOMPARE(a.key(), QStringLiteral("150302199003071238"));
        QCOMPARE(a.contactName(), QStringLiteral("张三"));
    }

    void legalPerson() {
        Applicant a = test::legalPerson();
        a.creditCode = QStringLiteral("91150302ma0q7k3b2e");
        QVERIFY(a.validate(QDate(2026, 3, 2)).isEmpty());
        QCOMPARE(a.creditCode, QStringLiteral("91150302MA0Q7K3B2E"));
        QCOMPARE(a.displayId(), a.creditCode); // public registration data: not masked
        QCOMPARE(a.contactName(), QStringLiteral("王五"));
    }

    void problems_data() {
        QTest::addColumn<Applicant>("applicant");
        QTest::addColumn<QString>("expected"); // part of one message

        Applicant badId = test::naturalPerson();
        badId.idNumber = QStringLiteral("150302199003071239");
        QTest::newRow("bad check digit") << badId << "applicant ID number 150302********1239";
        Applicant noName = test::naturalPerson();
        noName.name = QStringLiteral("  ");
        QTest::newRow("no name") << noName << "applicant name";
        Applicant expired = test::naturalPerson();
        expired.card.validUntil = QDate(2025, 1, 1);
        QTest::newRow("card expired") << expired << "expired on 2025-01-01";
        Applicant badCode = test::legalPerson();
        badCode.creditCode = QStringLiteral("91150302MA0Q7K3B2F");
        QTest::newRow("bad credit code") << badCode << "credit code";
        Applicant noRep = test::legalPerson();
        noRep.legalRepresentative.clear();
        QTest::newRow("no legal representative") << noRep << "legal representative";
        Applicant agentNoPower = test::naturalPerson();
        agentNoPower.agent =
            Agent{QStringLiteral("赵六"), QStringLiteral("150304198511200049"), {}, false};
        QTest::newRow("agent without power of attorney") << agentNoPower << "power of attorney";
        Applicant agentBadId = test::naturalPerson();
        agentBadId.agent = Agent{QStringLiteral("赵六"), QStringLiteral("123"), {}, true};
        QTest::newRow("agent bad ID") << agentBadId << "agent ID number";
    }

    void problems() {
        QFETCH(Applicant, applicant);
        QFETCH(QString, expected);
        const QStringList problems = applicant.validate(QDate(2026, 3, 2));
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        // Personal data: a message never carries a full ID number.
        QVERIFY(!problems.join(QLatin1Char('\n')).contains(QStringLiteral("199003071239")));
    }

    void agentIsContact() {
        Applicant a = test::naturalPerson();
        a.agent = Agent{QStringLiteral("赵六"), QStringLiteral("150304198511200049"), {}, true};
        QVERIFY(a.validate(QDate(2026, 3, 2)).isEmpty());
        QCOMPARE(a.contactName(), QStringLiteral("赵六"));
    }

    void disclosure_data() {
        QTest::addColumn<NoticeDocument::Kind>("kind");
        QTest::addColumn<bool>("full");
        using K = NoticeDocument::Kind;
        QTest::newRow("acceptance") << K::AcceptanceNotice << true;
        QTest::newRow("refusal") << K::RefusalNotice << true;
        QTest::newRow("commitment") << K::DeferredCommitment << true;
        QTest::newRow("deferred notice") << K::DeferredNotice << true;
        QTest::newRow("one-time notice") << K::OneTimeNotice << false;
        QTest::newRow("correction") << K::CorrectionNotice << false;
        QTest::newRow("receipt") << K::MaterialsReceipt << false;
    }

    void disclosure() {
        QFETCH(NoticeDocument::Kind, kind);
        QFETCH(bool, full);
        QCOMPARE(IdentityDisclosure::fullNumberRequired(kind), full);
        const Applicant a = test::naturalPerson();
        QCOMPARE(a.documentId(kind), full ? a.idNumber : QStringLiteral("150302********1238"));
    }
};

QTEST_GUILESS_MAIN(TestApplicant)
#include "tst_applicant.moc"
