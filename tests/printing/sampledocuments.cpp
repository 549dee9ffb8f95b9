#include "sampledocuments.h"

namespace ow::test {

namespace {

using Kind = NoticeDocument::Kind;
using Field = NoticeDocument::Field;
using Table = NoticeDocument::Table;
using Signature = NoticeDocument::Signature;

NoticeDocument base(Kind kind, const QString &title, const QString &category, int serial) {
    NoticeDocument d;
    d.kind = kind;
    d.title = title;
    d.number =
        QStringLiteral("乌海政务%1〔2026〕%2号").arg(category).arg(serial, 4, 10, QLatin1Char('0'));
    d.issuer = QStringLiteral("乌海市政务服务局");
    d.date = QDate(2026, 3, 2);
    d.fields = {
        Field{QStringLiteral("申请人"), QStringLiteral("乌海市恒远建材有限公司")},
        Field{QStringLiteral("联系人"), QStringLiteral("张三")},
        Field{QStringLiteral("联系电话"), QStringLiteral("0473-2012345")},
        Field{QStringLiteral("申请事项"), QStringLiteral("食品经营许可（新办）")},
        Field{QStringLiteral("申请日期"), QStringLiteral("2026年3月2日")},
    };
    return d;
}

Table receivedMaterials() {
    return Table{QStringLiteral("收取材料清单（3项）"),
                 {QStringLiteral("序号"), QStringLiteral("材料名称"), QStringLiteral("原件/复印件"),
                  QStringLiteral("份数")},
                 {{QStringLiteral("1"), QStringLiteral("食品经营许可申请书"),
                   QStringLiteral("原件"), QStringLiteral("1")},
                  {QStringLiteral("2"), QStringLiteral("营业执照"), QStringLiteral("复印件"),
                   QStringLiteral("1")},
                  {QStringLiteral("3"), QStringLiteral("法定代表人身份证明"),
                   QStringLiteral("复印件"), QStringLiteral("2")}}};
}

Table missingMaterials() {
    return Table{QStringLiteral("需补正的材料"),
                 {QStringLiteral("序号"), QStringLiteral("材料名称"), QStringLiteral("要求")},
                 {{QStringLiteral("1"), QStringLiteral("经营场所平面图"),
                   QStringLiteral("标明各功能区布局，加盖公章，原件一份")},
                  {QStringLiteral("2"), QStringLiteral("食品安全管理制度"),
                   QStringLiteral("原件一份，须有法定代表人签字")}}};
}

Table deferredMaterials() {
    return Table{
        QStringLiteral("容缺材料"),
        {QStringLiteral("序号"), QStringLiteral("材料名称"), QStringLiteral("承诺补交日期")},
        {{QStringLiteral("1"), QStringLiteral("经营场所产权证明"),
          QStringLiteral("2026年3月16日")}}};
}

NoticeDocument acceptance() {
    NoticeDocument d =
        base(Kind::AcceptanceNotice, QStringLiteral("受理通知书"), QStringLiteral("受"), 12);
    d.fields << Field{QStringLiteral("受理编号"), QStringLiteral("SL20260302000012")}
             << Field{QStringLiteral("受理日期"), QStringLiteral("2026年3月2日")}
             << Field{QStringLiteral("承诺办结日期"), QStringLiteral("2026年3月16日")}
             << Field{QStringLiteral("送达方式"), QStringLiteral("窗口领取")};
    d.paragraphs = {
        QStringLiteral("你单位提交的申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》"
                       "第三十二条的规定，决定予以受理。")};
    d.tables = {receivedMaterials()};
    d.closingParagraphs = {
        QStringLiteral("受理人：李四，联系电话：0473-2012301。扫描右上角二维码可查询办理进度。")};
    d.signatures = {Signature{QStringLiteral("申请人（签收）"), QString(), true}};
    d.copies = 2;
    d.copyLabels = {QStringLiteral("申请人留存"), QStringLiteral("窗口存档")};
    d.qrText = QStringLiteral("https://zwfw.wuhai.gov.cn/q?no=SL20260302000012&事项=食品经营许可");
    return d;
}

NoticeDocument oneTime() {
    NoticeDocument d =
        base(Kind::OneTimeNotice, QStringLiteral("一次性告知书"), QStringLiteral("告"), 7);
    d.fields << Field{QStringLiteral("设定依据"),
                      QStringLiteral("《中华人民共和国食品安全法》第三十五条")}
             << Field{QStringLiteral("承诺时限"), QStringLiteral("10个工作日")}
             << Field{QStringLiteral("收费标准"), QStringLiteral("不收费")};
    d.paragraphs = {QStringLiteral(
        "办理本事项须提交下列全部材料。窗口一次性告知，不再要求提交清单以外的材料。")};
    d.tables = {receivedMaterials(), missingMaterials()};
    d.closingParagraphs = {
        QStringLiteral(
            "办理地点：乌海市政务服务中心一楼5号窗口，工作日上午9:00至12:00，下午13:30至17:00。"),
        QStringLiteral("咨询电话：0473-2012300；投诉电话：12345。")};
    d.signatures = {Signature{QStringLiteral("经办人"), QStringLiteral("李四"), false},
                    Signature{QStringLiteral("申请人（签收）"), QString(), true}};
    return d;
}

NoticeDocument correction() {
    NoticeDocument d =
        base(Kind::CorrectionNotice, QStringLiteral("补正材料通知书"), QStringLiteral("补"), 3);
    d.fields << Field{QStringLiteral("补正期限"), QStringLiteral("2026年3月9日前")};
    d.paragraphs = {QStringLiteral(
        "你单位提交的申请材料不齐全，根据《中华人民共和国行政许可法》第三十二条第一款第四项的规定，"
        "现一次性告知需要补正的全部内容如下：")};
    d.tables = {missingMaterials()};
    d.closingParagraphs = {
        QStringLiteral("自收到全部补正材料之日起视为受理。经办人：李四，电话0473-2012301。")};
    d.signatures = {Signature{QStringLiteral("申请人（签收）"), QStringLiteral("张三"), true}};
    d.copies = 2;
    d.copyLabels = {QStringLiteral("申请人留存"), QStringLiteral("窗口存档")};
    return d;
}

NoticeDocument commitment() {
    NoticeDocument d =
        base(Kind::DeferredCommitment, QStringLiteral("容缺受理承诺书"), QStringLiteral("诺"), 5);
    d.issuer.clear(); // signed by the applicant, not sealed by the organ
    d.paragraphs = {
        QStringLiteral("本单位申请办理上述事项，下列材料暂缺，现承诺于2026年3月16日前补齐。"),
        QStringLiteral("逾期未补交的，同意撤销受理或终止办理，由此产生的后果由本单位承担，并同意将"
                       "失信行为记入信用记录。"),
        QStringLiteral("本单位对所提交材料的真实性负责。")};
    d.tables = {deferredMaterials()};
    d.signatures = {Signature{QStringLiteral("承诺人（签字）"), QStringLiteral("张三"), true}};
    return d;
}

NoticeDocument deferredNotice() {
    NoticeDocument d =
        base(Kind::DeferredNotice, QStringLiteral("容缺受理通知书"), QStringLiteral("容"), 9);
    d.paragraphs = {QStringLiteral(
        "你单位的申请主要材料齐全，对下列次要材料予以容缺受理，请于承诺日期前以原件形式补交。")};
    d.tables = {deferredMaterials()};
    d.closingParagraphs = {
        QStringLiteral("逾期未补交的，本机关将终止办理，并记入申请人信用记录。")};
    d.signatures = {Signature{QStringLiteral("申请人（签收）"), QString(), true}};
    d.copies = 2;
    d.copyLabels = {QStringLiteral("申请人留存"), QStringLiteral("窗口存档")};
    return d;
}

NoticeDocument refusal() {
    NoticeDocument d =
        base(Kind::RefusalNotice, QStringLiteral("不予受理通知书"), QStringLiteral("不受"), 2);
    d.fields << Field{QStringLiteral("不予受理理由"),
                      QStringLiteral("申请事项依法不属于本机关职权范围")}
             << Field{QStringLiteral("有权机关"), QStringLiteral("乌海市市场监督管理局")};
    d.paragraphs = {QStringLiteral(
        "根据《中华人民共和国行政许可法》第三十二条第一款第二项的规定，决定不予受理。")};
    d.closingParagraphs = {QStringLiteral("如不服本决定，可在收到本通知书之日起60日内申请行政复议，"
                                          "或者在6个月内依法向人民法院提起行政诉讼。")};
    d.signatures = {Signature{QStringLiteral("申请人（签收）"), QString(), true}};
    return d;
}

NoticeDocument receipt() {
    NoticeDocument d =
        base(Kind::MaterialsReceipt, QStringLiteral("收件清单"), QStringLiteral("收"), 21);
    d.tables = {receivedMaterials()};
    d.signatures = {Signature{QStringLiteral("收件人"), QStringLiteral("李四"), true},
                    Signature{QStringLiteral("递交人"), QStringLiteral("张三"), true}};
    return d;
}

} // namespace

QList<NoticeDocument::Kind> allDocumentKinds() {
    return {Kind::AcceptanceNotice,   Kind::OneTimeNotice,  Kind::CorrectionNotice,
            Kind::DeferredCommitment, Kind::DeferredNotice, Kind::RefusalNotice,
            Kind::MaterialsReceipt};
}

const char *kindName(NoticeDocument::Kind kind) {
    switch (kind) {
    case Kind::AcceptanceNotice:
        return "AcceptanceNotice";
    case Kind::OneTimeNotice:
        return "OneTimeNotice";
    case Kind::CorrectionNotice:
        return "CorrectionNotice";
    case Kind::DeferredCommitment:
        return "DeferredCommitment";
    case Kind::DeferredNotice:
        return "DeferredNotice";
    case Kind::RefusalNotice:
        return "RefusalNotice";
    case Kind::MaterialsReceipt:
        return "MaterialsReceipt";
    }
    return "unknown";
}

NoticeDocument sampleDocument(NoticeDocument::Kind kind) {
    switch (kind) {
    case Kind::AcceptanceNotice:
        return acceptance();
    case Kind::OneTimeNotice:
        return oneTime();
    case Kind::CorrectionNotice:
        return correction();
    case Kind::DeferredCommitment:
        return commitment();
    case Kind::DeferredNotice:
        return deferredNotice();
    case Kind::RefusalNotice:
        return refusal();
    case Kind::MaterialsReceipt:
        return receipt();
    }
    return {};
}

NoticeDocument longReceipt(int rows) {
    NoticeDocument d = receipt();
    Table &table = d.tables.first();
    table.caption = QStringLiteral("收取材料清单（%1项）").arg(rows);
    table.rows.clear();
    for (int i = 1; i <= rows; ++i)
        table.rows.append({QString::number(i), QStringLiteral("第%1项申请材料").arg(i),
                           i % 2 ? QStringLiteral("原件") : QStringLiteral("复印件"),
                           QString::number(i % 3 + 1)});
    return d;
}

} // namespace ow::test
