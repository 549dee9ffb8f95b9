#include "intakedesk.h"
#include "intakefixture.h"
#include "noticebuilder.h"

#include <QRegularExpression>
#include <QTest>

using namespace ow;
using Kind = NoticeDocument::Kind;

namespace {

const QString kForm = QStringLiteral("户口迁移申请表");
const QString kRelation = QStringLiteral("与户主关系证明（投靠类）");

// A natural person's I08 case (户口迁移审批, 公安) taken to the state each document needs,
// on Friday 13 February 2026 (the Spring Festival follows).
struct Scenario {
    ManualClock clock{test::at(2026, 2, 13)};
    MemorySerialCounter counter;
    IntakeCase kase;

    explicit Scenario(Kind kind) {
        IntakeDesk desk(test::demoCatalog(), test::calendar(), clock, counter);
        kase = IntakeCase(QStringLiteral("V9-1"), test::demoItem("I08"), test::naturalPerson(),
                          QStringLiteral("王窗口"), clock);
        kase.officerPhone = QStringLiteral("0473-3000000");
        kase.deliveryMethod = QStringLiteral("邮寄");
        for (const ChecklistEntry &e : kase.checklist.entries())
            if (e.state == MaterialState::Missing)
                kase.checklist.markReceived(e.standard.name, false, 1);
        switch (kind) {
        case Kind::AcceptanceNotice:
        case Kind::MaterialsReceipt:
            desk.accept(kase, QStringLiteral("王窗口"));
            break;
        case Kind::OneTimeNotice:
        case Kind::CorrectionNotice:
            kase.checklist.markDefective(kForm, QStringLiteral("未签名"));
            kase.checklist.markMissing(kRelation);
            desk.requestCorrection(kase, {}, QStringLiteral("王窗口"));
            break;
        case Kind::DeferredCommitment:
        case Kind::DeferredNotice:
            kase.checklist.markDeferred(kRelation, QDate(2026, 2, 24));
            desk.acceptDeferred(kase, QStringLiteral("王窗口"));
            break;
        case Kind::RefusalNotice:
            desk.refuse(kase, QStringLiteral("申请事项不属于本机关职权范围"),
                        QStringLiteral("迁出地公安机关"), QStringLiteral("王窗口"));
            break;
        }
    }

    NoticeContext context() const {
        NoticeContext c;
        c.kase = &kase;
        c.item = test::demoCatalog().item(kase.itemId);
        c.department = test::demoCatalog().department(c.item->deptId);
        c.agency = test::demoCatalog().agencyAbbrev(*c.item);
        c.organ = QStringLiteral("乌海市政务服务中心");
        c.queryBase = QStringLiteral("https://zwfw.example/q?no=");
        c.complaintPhone = QStringLiteral("12345");
        return c;
    }
};

QString fieldValue(const NoticeDocument &doc, const QString &label) {
    for (const NoticeDocument::Field &f : doc.fields)
        if (f.label == label)
            return f.value;
    return {};
}

QString allText(const NoticeDocument &doc) {
    QStringList parts{doc.title, doc.number, doc.issuer};
    for (const NoticeDocument::Field &f : doc.fields)
        parts << f.label + QStringLiteral("：") + f.value;
    parts += doc.paragraphs;
    for (const NoticeDocument::Table &t : doc.tables) {
        parts << t.caption << t.headers.join(QLatin1Char(' '));
        for (const QStringList &row : t.rows)
            parts << row.join(QLatin1Char(' '));
    }
    parts += doc.closingParagraphs;
    for (const NoticeDocument::Signature &s : doc.signatures)
        parts << s.label + s.name;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestNoticeBuilder : public QObject {
    Q_OBJECT

private slots:
    void documents_data() {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("numberPattern");
        QTest::addColumn<QStringList>("fields"); // labels that must carry a value
        QTest::addColumn<QStringList>("texts");  // text that must appear somewhere
        QTest::addColumn<bool>("fullId");

        const QStringList common = {QStringLiteral("申请人"),   QStringLiteral("身份证件号码"),
                                    QStringLiteral("联系人"),   QStringLiteral("联系电话"),
                                    QStringLiteral("申请事项"), QStringLiteral("申请日期")};
        QTest::newRow("一次性告知书")
            << Kind::OneTimeNotice << QStringLiteral("^公安告〔2026〕\\d{4}号$")
            << common + QStringList{QStringLiteral("设定依据")}
            << QStringList{QStringLiteral("申请材料清单"),
                           QStringLiteral("尚需提交的材料"),
                           kForm,
                           QStringLiteral("未签名"),
                           QStringLiteral("承诺办结时限：3个工作日"),
                           QStringLiteral("法定办结时限：20个工作日"),
                           QStringLiteral("收费标准"),
                           QStringLiteral("办理地点"),
                           QStringLiteral("咨询电话"),
                           QStringLiteral("投诉电话：12345"),
                           QStringLiteral("办理程序")}
            << false;
        QTest::newRow("补正材料通知书")
            << Kind::CorrectionNotice << QStringLiteral("^公安补〔2026〕0001号$")
            << common + QStringList{QStringLiteral("经办人"), QStringLiteral("经办人电话")}
            << QStringList{kForm, kRelation, QStringLiteral("不符合要求：未签名"),
                           QStringLiteral("第三十二条"),
                           QStringLiteral("补正材料齐全之日为受理之日")}
            << false;
        QTest::newRow("受理通知书")
            << Kind::AcceptanceNotice << QStringLiteral("^公安受〔2026〕0001号$")
            << common + QStringList{QStringLiteral("受理编号"),     QStringLiteral("受理日期"),
                                    QStringLiteral("承诺办结日期"), QStringLiteral("送达方式"),
                                    QStringLiteral("经办人"),       QStringLiteral("经办人电话")}
            << QStringList{QStringLiteral("已收材料"),      kForm,
                           QStringLiteral("复印件"),        QStringLiteral("免提交"),
                           QStringLiteral("2026年2月25日"), QStringLiteral("邮寄")}
            << true;
        QTest::newRow("不予受理通知书")
            << Kind::RefusalNotice << QStringLiteral("^公安不受〔2026〕0001号$")
            << common + QStringList{QStringLiteral("不予受理理由"), QStringLiteral("有权受理机关")}
            << QStringList{QStringLiteral("不属于本机关职权范围"),
                           QStringLiteral("迁出地公安机关"),
                           QStringLiteral("六十日内"),
                           QStringLiteral("行政复议"),
                           QStringLiteral("六个月内"),
                           QStringLiteral("行政诉讼")}
            << true;
        QTest::newRow("容缺受理承诺书")
            << Kind::DeferredCommitment << QStringLiteral("^公安容〔2026〕0001号$")
            << common + QStringList{QStringLiteral("承诺补交日期")}
            << QStringList{kRelation,
                           QStringLiteral("2026年2月24日"),
                           QStringLiteral("撤销受理"),
                           QStringLiteral("信用记录"),
                           QStringLiteral("真实、合法、有效"),
                           QStringLiteral("承诺人")}
            << true;
        QTest::newRow("容缺受理通知书")
            << Kind::DeferredNotice << QStringLiteral("^公安容〔2026〕0001号$")
            << common + QStringList{QStringLiteral("受理编号"), QStringLiteral("受理日期"),
                                    QStringLiteral("经办人"), QStringLiteral("经办人电话")}
            << QStringList{kRelation, QStringLiteral("补交期限"), QStringLiteral("2026年2月24日"),
                           QStringLiteral("容缺受理"), QStringLiteral("信用记录")}
            << true;
        QTest::newRow("收件清单") << Kind::MaterialsReceipt
                                  << QStringLiteral("^公安收〔2026〕0001号$")
                                  << common + QStringList{QStringLiteral("收件时间"),
                                                          QStringLiteral("办件编号")}
                                  << QStringList{kForm, kRelation, QStringLiteral("已收"),
                                                 QStringLiteral("免提交"),
                                                 QStringLiteral("不代表受理")}
                                  << false;
    }

    void documents() {
        QFETCH(Kind, kind);
        QFETCH(QString, numberPattern);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, texts);
        QFETCH(bool, fullId);

        Scenario scenario(kind);
        NoticeBuilder builder(test::calendar(), scenario.counter, scenario.clock.today());
        const auto built = builder.build(kind, scenario.context());
        QVERIFY2(built.ok(), qPrintable(built.error()));
        const NoticeDocument &doc = *built;
        QCOMPARE(doc.kind, kind);
        QCOMPARE(doc.title, NoticeBuilder::title(kind));
        QVERIFY2(QRegularExpression(numberPattern).match(doc.number).hasMatch(),
                 qPrintable(doc.number));
        // The commitment is the applicant's undertaking: no organ seal, the window keeps copy 1.
        const bool commitment = kind == NoticeDocument::Kind::DeferredCommitment;
        QCOMPARE(doc.issuer, commitment ? QString() : QStringLiteral("乌海市政务服务中心"));
        QCOMPARE(doc.date, QDate(2026, 2, 13));
        QCOMPARE(doc.copies, 2);
        const QString applicantCopy = QStringLiteral("申请人留存");
        const QString archiveCopy = QStringLiteral("窗口存档");
        const QStringList expectedCopies = commitment ? QStringList{archiveCopy, applicantCopy}
                                                      : QStringList{applicantCopy, archiveCopy};
        QCOMPARE(doc.copyLabels, expectedCopies);
        QVERIFY(doc.signatures.size() >= 2);
        for (const QString &label : fields)
            QVERIFY2(!fieldValue(doc, label).isEmpty(), qPrintable(label));
        QCOMPARE(fieldValue(doc, QStringLiteral("申请日期")), QStringLiteral("2026年2月13日"));
        const QString text = allText(doc);
        for (const QString &t : texts)
            QVERIFY2(text.contains(t), qPrintable(t + QStringLiteral(" not in:\n") + text));
        QCOMPARE(fieldValue(doc, QStringLiteral("身份证件号码")),
                 fullId ? QStringLiteral("150302199003071238")
                        : QStringLiteral("150302********1238"));
        if (kind == Kind::AcceptanceNotice)
            QCOMPARE(doc.qrText, QStringLiteral("https://zwfw.example/q?no=") + doc.number);
        else
            QVERIFY(doc.qrText.isEmpty());
    }

    void legalPersonHeader() {
        Scenario scenario(Kind::AcceptanceNotice);
        scenario.kase.applicant = test::legalPerson();
        NoticeBuilder builder(test::calendar(), scenario.counter, scenario.clock.today());
        const auto doc = builder.acceptanceNotice(scenario.context());
        QVERIFY(doc.ok());
        QCOMPARE(fieldValue(*doc, QStringLiteral("统一社会信用代码")),
                 QStringLiteral("91150302MA0Q7K3B2E"));
        QCOMPARE(fieldValue(*doc, QStringLiteral("法定代表人")), QStringLiteral("李四"));
        QCOMPARE(fieldValue(*doc, QStringLiteral("联系人")), QStringLiteral("王五"));
    }

    void wrongStateIsAnError_data() {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("acceptance before accepting") << Kind::AcceptanceNotice;
        QTest::newRow("refusal without a refusal") << Kind::RefusalNotice;
        QTest::newRow("commitment without deferral") << Kind::DeferredCommitment;
        QTest::newRow("deferred notice without deferral") << Kind::DeferredNotice;
    }

    void wrongStateIsAnError() {
        QFETCH(Kind, kind);
        Scenario scenario(Kind::CorrectionNotice); // corrected, not decided
        NoticeBuilder builder(test::calendar(), scenario.counter, scenario.clock.today());
        const auto doc = builder.build(kind, scenario.context());
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(QStringLiteral("V9-1")), qPrintable(doc.error()));
    }

    void documentNumbers() {
        QCOMPARE(DocumentNumber::format(QStringLiteral("市场监管"), QStringLiteral("受"), 2026, 1),
                 QStringLiteral("市场监管受〔2026〕0001号"));
        MemorySerialCounter counter;
        const auto a =
            DocumentNumber::next(counter, QStringLiteral("市场监管"), Kind::AcceptanceNotice, 2026);
        const auto b =
            DocumentNumber::next(counter, QStringLiteral("市场监管"), Kind::AcceptanceNotice, 2026);
        const auto c =
            DocumentNumber::next(counter, QStringLiteral("市场监管"), Kind::CorrectionNotice, 2026);
        const auto d =
            DocumentNumber::next(counter, QStringLiteral("市场监管"), Kind::AcceptanceNotice, 2027);
        QCOMPARE(*a, QStringLiteral("市场监管受〔2026〕0001号"));
        QCOMPARE(*b, QStringLiteral("市场监管受〔2026〕0002号"));
        QCOMPARE(*c, QStringLiteral("市场监管补〔2026〕0001号"));
        QCOMPARE(*d, QStringLiteral("市场监管受〔2027〕0001号"));
        QVERIFY(!DocumentNumber::next(counter, QString(), Kind::AcceptanceNotice, 2026).ok());
    }
};

QTEST_GUILESS_MAIN(TestNoticeBuilder)
#include "tst_noticebuilder.moc"
