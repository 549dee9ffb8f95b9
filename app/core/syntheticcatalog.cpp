#include "syntheticcatalog.h"

#include "catalogvalidator.h"

#include <QRandomGenerator>

namespace ow {

namespace {

struct Dept {
    const char *name;
    const char *shortName;
};

const Dept kDepts[SyntheticCatalog::kDepartments] = {
    {"乌海市发展和改革委员会", "发改委"},
    {"乌海市教育局", "教育"},
    {"乌海市公安局", "公安"},
    {"乌海市民政局", "民政"},
    {"乌海市司法局", "司法"},
    {"乌海市人力资源和社会保障局", "人社"},
    {"乌海市自然资源局", "自然资源"},
    {"乌海市生态环境局", "生态环境"},
    {"乌海市住房和城乡建设局", "住建"},
    {"乌海市交通运输局", "交通"},
    {"乌海市水务局", "水务"},
    {"乌海市农牧局", "农牧"},
    {"乌海市文化旅游体育局", "文旅"},
    {"乌海市卫生健康委员会", "卫健"},
    {"乌海市应急管理局", "应急"},
    {"乌海市市场监督管理局", "市场监管"},
    {"乌海市医疗保障局", "医保"},
    {"乌海市城市管理综合执法局", "城管"},
    {"乌海市住房公积金管理中心", "公积金"},
    {"乌海市国防动员办公室", "人防"},
    {"国家税务总局乌海市税务局", "税务"},
    {"乌海市林业和草原局", "林草"},
    {"乌海市退役军人事务局", "退役军人"},
    {"乌海市档案馆", "档案"},
};

const char *const kSubjects[] = {
    "营业执照",           "户口",
    "食品经营许可证",     "建设工程规划许可证",
    "机动车驾驶证",       "居民身份证",
    "社会保障卡",         "住房公积金",
    "道路运输经营许可证", "取水许可",
    "药品经营许可证",     "医师执业证书",
    "护士执业证书",       "出版物经营许可证",
    "娱乐场所经营许可",   "危险化学品经营许可证",
    "排污许可证",         "建筑工程施工许可证",
    "商品房预售许可证",   "城市道路占用许可",
    "户外广告设置许可",   "犬只登记证",
    "婚姻登记",           "收养登记",
    "律师执业证书",       "公证",
    "职业技能等级证书",   "失业保险金",
    "基本养老保险",       "基本医疗保险",
    "生育津贴",           "教师资格",
    "民办学校办学许可证", "动物防疫条件合格证",
    "农药经营许可证",     "种子生产经营许可证",
    "林木采伐许可证",     "特种设备使用登记",
    "计量器具型式批准",   "个体工商户",
    "建设用地规划许可证", "不动产登记",
    "消防设计审查",       "人防工程",
    "水土保持方案",       "环境影响评价文件",
    "医疗机构执业许可证", "公共场所卫生许可证",
    "烟草专卖零售许可证", "船舶登记",
};

const char *const kActions[] = {"核发", "变更", "注销", "延续", "补领", "换领",     "登记",
                                "备案", "审批", "迁移", "转移", "申领", "证明开具", "年度报告"};

const char *const kQualifiers[] = {"",     "",     "",     "个人", "企业",     "外省",
                                   "城镇", "农村", "临时", "首次", "分支机构", "个体"};

const char *const kMaterials[] = {
    "居民身份证",   "营业执照",         "户口簿",       "授权委托书",     "法定代表人身份证明",
    "场地使用证明", "房屋租赁合同",     "结婚证",       "出生医学证明",   "近期免冠照片",
    "健康证明",     "资质证书",         "技术方案",     "平面布置图",     "告知承诺书",
    "检验检测报告", "竣工验收报告",     "公司章程",     "股东会决议",     "环境影响评价文件",
    "安全评价报告", "消防验收意见书",   "不动产权证书", "土地使用权证明", "设计图纸",
    "施工合同",     "社会保险缴费证明", "劳动合同",     "学历证书",       "无犯罪记录证明",
    "车辆行驶证",   "银行开户许可证",   "验资报告",     "委托代理协议",
};

const char *const kForms[] = {"原件", "复印件", "原件（核验）", "电子"};
const char *const kPaper[] = {"A4", "A4", "A4", "A3", "—", "一寸"};

QString u(const char *text) {
    return QString::fromUtf8(text);
}

template <typename T, std::size_t N> const T &pick(QRandomGenerator &rng, const T (&list)[N]) {
    return list[rng.bounded(quint32(N))];
}

template <typename T> const T &pickFrom(QRandomGenerator &rng, const QList<T> &list) {
    return list.at(rng.bounded(quint32(list.size())));
}

Material makeMaterial(QRandomGenerator &rng, const QString &name) {
    Material m;
    m.name = name;
    m.form = u(pick(rng, kForms));
    m.count = rng.bounded(10) == 0 ? 2 : 1;
    m.paperSpec = u(pick(rng, kPaper));
    m.format = rng.bounded(20) == 0 ? QStringLiteral("电子") : QStringLiteral("纸质/电子");
    const quint32 n = rng.bounded(20);
    m.necessity = n == 0  ? QStringLiteral("容缺后补")
                  : n < 3 ? QStringLiteral("非必要")
                          : QStringLiteral("必要");
    m.eLicenceExempt = rng.bounded(4) == 0;
    m.deferrable = n == 0;
    m.hasBlankForm = rng.bounded(3) == 0;
    m.hasSampleForm = m.hasBlankForm && rng.bounded(2) == 0;
    m.source = pickFrom(rng, CatalogValidator::sources());
    return m;
}

Item makeItem(QRandomGenerator &rng, int index) {
    Item item;
    const QString subject = u(pick(rng, kSubjects));
    item.id = QStringLiteral("I%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    item.deptId = QStringLiteral("D%1").arg(rng.bounded(SyntheticCatalog::kDepartments) + 1, 2, 10,
                                            QLatin1Char('0'));
    item.name = u(pick(rng, kQualifiers)) + subject + u(pick(rng, kActions));
    item.type = rng.bounded(3) == 0 ? pickFrom(rng, CatalogValidator::itemTypes())
                                    : QStringLiteral("行政许可");
    const quint32 serving = rng.bounded(3);
    item.serving = serving == 0   ? QStringList{QStringLiteral("自然人")}
                   : serving == 1 ? QStringList{QStringLiteral("法人")}
                                  : QStringList{QStringLiteral("自然人"), QStringLiteral("法人")};
    const int legal = int(rng.bounded(1, 61));
    item.legalLimit = TimeLimit{legal, QStringLiteral("工作日"), QStringLiteral("依据相关法规"),
                                QStringLiteral("illustrative")};
    item.committedLimit = TimeLimit{
        int(rng.bounded(legal + 1)), QStringLiteral("工作日"), {}, QStringLiteral("illustrative")};
    item.instant = item.committedLimit.value == 0;
    item.maShangBan = item.instant;
    item.maxOneTrip = rng.bounded(4) != 0;
    item.visitsMax = item.maxOneTrip ? 1 : 2;

    // The item's own application form, then distinct common materials.
    item.materials << makeMaterial(rng, subject + QStringLiteral("申请表"));
    const int extra = int(rng.bounded(1, 6));
    QStringList used{item.materials.first().name};
    while (item.materials.size() < extra + 1) {
        const QString name = u(pick(rng, kMaterials));
        if (used.contains(name))
            continue;
        used << name;
        item.materials << makeMaterial(rng, name);
    }
    return item;
}

} // namespace

Catalog SyntheticCatalog::generate(int itemCount, quint32 seed) {
    QRandomGenerator rng(seed);
    Catalog catalog;
    for (int d = 0; d < kDepartments; ++d)
        catalog.departments << Department{QStringLiteral("D%1").arg(d + 1, 2, 10, QLatin1Char('0')),
                                          u(kDepts[d].name), u(kDepts[d].shortName)};
    catalog.items.reserve(itemCount);
    for (int i = 0; i < itemCount; ++i)
        catalog.items << makeItem(rng, i);
    return catalog;
}

} // namespace ow
