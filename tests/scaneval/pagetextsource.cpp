#include "pagetextsource.h"

#include "creditcode.h"

#include <QStringList>

#include <array>

namespace ow::scaneval {

namespace {

const QStringList &sentences() {
    static const QStringList list = {
        QStringLiteral(
            "申请人应当如实提交有关材料和反映真实情况，并对申请材料实质内容的真实性负责。"),
        QStringLiteral("窗口工作人员收到申请材料后，应当场核对原件与复印件是否一致。"),
        QStringLiteral("材料齐全、符合法定形式的，予以受理并出具受理通知书。"),
        QStringLiteral("申请材料不齐全的，一次性告知申请人需要补正的全部内容。"),
        QStringLiteral("本事项的法定办结时限为二十个工作日，承诺办结时限为五个工作日。"),
        QStringLiteral("经营范围中属于法律、行政法规规定须经批准的项目，应当依法经过批准。"),
        QStringLiteral("委托他人代为办理的，应当提交授权委托书及受托人身份证明。"),
        QStringLiteral("户口迁移须持迁移证明到迁入地公安机关办理落户手续。"),
        QStringLiteral("不动产登记申请书应由全体权利人签字或者盖章确认。"),
        QStringLiteral("依法应当缴纳税费的，申请人应在领取证书前缴清相关费用。"),
        QStringLiteral("本通知书一式两份，申请人和受理窗口各执一份。"),
        QStringLiteral("如对本决定不服，可在六十日内依法申请行政复议。"),
    };
    return list;
}

constexpr std::array<const char16_t *, 10> kTitles = {
    u"行政许可申请书", u"受理通知书",     u"授权委托书",   u"材料清单",           u"企业登记申请表",
    u"户口迁移证明",   u"不动产登记申请", u"一次性告知书", u"社会保险参保登记表", u"承诺书"};
constexpr std::array<const char16_t *, 12> kCells = {
    u"身份证复印件", u"营业执照", u"原件",     u"复印件", u"一份",     u"已核验",
    u"申请表",       u"委托书",   u"房产证明", u"需补正", u"容缺受理", u"二〇二六年"};
constexpr std::array<const char16_t *, 8> kSurnames = {u"张", u"王", u"李", u"赵",
                                                       u"陈", u"刘", u"杨", u"黄"};
constexpr std::array<const char16_t *, 8> kGiven = {u"伟", u"芳", u"娜", u"敏",
                                                    u"静", u"磊", u"洋", u"晓明"};

} // namespace

int PageTextSource::uniform(std::mt19937_64 &rng, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(rng);
}

double PageTextSource::uniform(std::mt19937_64 &rng, double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(rng);
}

QString PageTextSource::paragraph(std::mt19937_64 &rng, int count) {
    QString text;
    for (int i = 0; i < count; ++i)
        text += sentences().at(uniform(rng, 0, int(sentences().size()) - 1));
    return text;
}

QString PageTextSource::title(std::mt19937_64 &rng) {
    return QString::fromUtf16(kTitles[size_t(uniform(rng, 0, int(kTitles.size()) - 1))]);
}

QString PageTextSource::cell(std::mt19937_64 &rng) {
    return QString::fromUtf16(kCells[size_t(uniform(rng, 0, int(kCells.size()) - 1))]);
}

QString PageTextSource::name(std::mt19937_64 &rng) {
    return QString::fromUtf16(kSurnames[size_t(uniform(rng, 0, int(kSurnames.size()) - 1))]) +
           QString::fromUtf16(kGiven[size_t(uniform(rng, 0, int(kGiven.size()) - 1))]);
}

QString PageTextSource::digits(std::mt19937_64 &rng, int count) {
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + uniform(rng, 0, 9));
    return text;
}

QString PageTextSource::creditCode(std::mt19937_64 &rng) {
    // The 31 code characters (no I, O, Z, S, V); the last two are check characters, found by
    // trying them all against the project's own validator.
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body = QStringLiteral("91") + digits(rng, 6);
    for (int i = 0; i < 8; ++i)
        body += alphabet.at(uniform(rng, 0, 30));
    for (QChar a : alphabet) {
        for (QChar b : alphabet) {
            const QString candidate = body + a + b;
            if (CreditCode::check(candidate).valid)
                return candidate;
        }
    }
    return body + QStringLiteral("00");
}

QFont PageTextSource::font(double pixelSize, bool bold, bool serif) {
    QFont f(serif ? QStringLiteral("Noto Serif CJK SC") : QStringLiteral("Noto Sans CJK SC"));
    f.setFamilies({serif ? QStringLiteral("Noto Serif CJK SC") : QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("WenQuanYi Micro Hei")});
    f.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    f.setBold(bold);
    return f;
}

} // namespace ow::scaneval
