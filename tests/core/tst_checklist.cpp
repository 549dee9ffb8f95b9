#include "checklist.h"
#include "intakefixture.h"

#include <QTest>

using namespace ow;

class TestChecklist : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(test::demoCatalog().items.size(), 54); }

    // Every demo item: one entry per material, e-licence ones satisfied, the rest missing.
    void fromEveryDemoItem_data() {
        QTest::addColumn<QString>("itemId");
        for (const Item &item : test::demoCatalog().items)
            QTest::newRow(qPrintable(item.id)) << item.id;
    }

    void fromEveryDemoItem() {
        QFETCH(QString, itemId);
        const Item &item = *test::demoCatalog().item(itemId);
        const Checklist list = Checklist::fromItem(item);
        QCOMPARE(list.entries().size(), item.materials.size());
        int blockers = 0;
        for (int i = 0; i < item.materials.size(); ++i) {
            const ChecklistEntry &e = list.entries().at(i);
            QCOMPARE(e.standard, item.materials.at(i));
            QCOMPARE(e.state, item.materials.at(i).eLicenceExempt ? MaterialState::FromELicence
                                                                  : MaterialState::Missing);
            if (e.required() && !e.satisfied())
                ++blockers;
        }
        QCOMPARE(list.blockers().size(), blockers);
    }

    void marks_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("material");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        // I02 企业投资项目核准: 法定代表人身份证明书 is deferrable, 营业执照 免提交.
        QTest::newRow("received") << "received"
                                  << "项目申请书" << true << "";
        QTest::newRow("received, zero copies") << "received0"
                                               << "项目申请书" << false << "1 or more";
        QTest::newRow("unknown material") << "received"
                                          << "不存在的材料" << false << "\"不存在的材料\"";
        QTest::newRow("deferred") << "deferred"
                                  << "法定代表人身份证明书" << true << "";
        QTest::newRow("deferred, not deferrable") << "deferred"
                                                  << "项目申请书" << false << "not deferrable";
        QTest::newRow("deferred without date")
            << "deferredNoDate"
            << "法定代表人身份证明书" << false << "promised date";
        QTest::newRow("defective") << "defective"
                                   << "项目申请书" << true << "";
        QTest::newRow("defective without reason") << "defectiveNoReason"
                                                  << "项目申请书" << false << "what is wrong";
        QTest::newRow("required cannot be N/A") << "na"
                                                << "项目申请书" << false << "required";
        QTest::newRow("e-licence without source") << "elicenceNoSource"
                                                  << "营业执照" << false << "source";
        QTest::newRow("e-licence") << "elicence"
                                   << "营业执照" << true << "";
    }

    void marks() {
        QFETCH(QString, action);
        QFETCH(QString, material);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        Checklist list = Checklist::fromItem(test::demoItem("I02"));
        QVERIFY(list.entry(QStringLiteral("项目申请书")));
        Status status;
        if (action == QLatin1String("received"))
            status = list.markReceived(material, true, 1);
        else if (action == QLatin1String("received0"))
            status = list.markReceived(material, true, 0);
        else if (action == QLatin1String("deferred"))
            status = list.markDeferred(material, QDate(2026, 3, 6));
        else if (action == QLatin1String("deferredNoDate"))
            status = list.markDeferred(material, QDate());
        else if (action == QLatin1String("defective"))
            status = list.markDefective(material, QStringLiteral("未盖章"));
        else if (action == QLatin1String("defectiveNoReason"))
            status = list.markDefective(material, QString());
        else if (action == QLatin1String("na"))
            status = list.markNotApplicable(material, QStringLiteral("不涉及"));
        else if (action == QLatin1String("elicenceNoSource"))
            status = list.markFromELicence(material, QString());
        else if (action == QLatin1String("elicence"))
            status = list.markFromELicence(material, QStringLiteral("营业执照电子证照"));
        QCOMPARE(status.ok(), ok);
        if (!ok)
            QVERIFY2(status.error().contains(message), qPrintable(status.error()));
    }

    void notApplicableOnlyForOptional() {
        // I09 居住证办理: 就业或就读证明 is 非必要.
        Checklist list = Checklist::fromItem(test::demoItem("I09"));
        QVERIFY(!list.markNotApplicable(QStringLiteral("就业或就读证明"), QString()).ok());
        QVERIFY(
            list.markNotApplicable(QStringLiteral("就业或就读证明"), QStringLiteral("无业")).ok());
        QCOMPARE(list.entry(QStringLiteral("就业或就读证明"))->reason, QStringLiteral("无业"));
        for (const ChecklistBlocker &b : list.blockers())
            QVERIFY(b.material != QStringLiteral("就业或就读证明"));
    }

    void blockersSayWhy() {
        Checklist list = Checklist::fromItem(test::demoItem("I02"));
        QVERIFY(list.markDefective(QStringLiteral("项目申请书"), QStringLiteral("未盖章")).ok());
        QVERIFY(list.markDeferred(QStringLiteral("法定代表人身份证明书"), QDate(2026, 3, 6)).ok());
        const QList<ChecklistBlocker> blockers = list.blockers();
        QStringList names;
        for (const ChecklistBlocker &b : blockers)
            names << b.material;
        QVERIFY(names.contains(QStringLiteral("项目申请书")));
        QVERIFY(names.contains(QStringLiteral("法定代表人身份证明书")));
        QVERIFY(!names.contains(QStringLiteral("营业执照"))); // 免提交: satisfied
        for (const ChecklistBlocker &b : blockers) {
            QVERIFY(!b.why.isEmpty());
            if (b.material == QStringLiteral("项目申请书"))
                QVERIFY(b.why.contains(QStringLiteral("未盖章")));
        }
        QCOMPARE(list.toCorrect().size(), blockers.size() - 1); // deferred is not corrected
    }

    void stateNames() {
        for (MaterialState s :
             {MaterialState::Missing, MaterialState::Received, MaterialState::FromELicence,
              MaterialState::Deferred, MaterialState::Defective, MaterialState::NotApplicable}) {
            QCOMPARE(Checklist::stateFromName(Checklist::stateName(s)), std::optional(s));
            QVERIFY(!Checklist::stateLabel(s).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
