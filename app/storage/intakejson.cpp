#include "intakejson.h"

namespace ow {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

IdNumberCheck::Sex sexFrom(const QString &name) {
    if (name == QLatin1String("male"))
        return IdNumberCheck::Sex::Male;
    if (name == QLatin1String("female"))
        return IdNumberCheck::Sex::Female;
    return IdNumberCheck::Sex::Unknown;
}

} // namespace

QList<NoticeDocument::Kind> IntakeJson::noticeKinds() {
    using K = NoticeDocument::Kind;
    return {K::AcceptanceNotice, K::OneTimeNotice, K::CorrectionNotice, K::DeferredCommitment,
            K::DeferredNotice,   K::RefusalNotice, K::MaterialsReceipt};
}

QString IntakeJson::noticeKindName(NoticeDocument::Kind kind) {
    switch (kind) {
    case NoticeDocument::Kind::AcceptanceNotice:
        return QStringLiteral("acceptance_notice");
    case NoticeDocument::Kind::OneTimeNotice:
        return QStringLiteral("one_time_notice");
    case NoticeDocument::Kind::CorrectionNotice:
        return QStringLiteral("correction_notice");
    case NoticeDocument::Kind::DeferredCommitment:
        return QStringLiteral("deferred_commitment");
    case NoticeDocument::Kind::DeferredNotice:
        return QStringLiteral("deferred_notice");
    case NoticeDocument::Kind::RefusalNotice:
        return QStringLiteral("refusal_notice");
    case NoticeDocument::Kind::MaterialsReceipt:
        return QStringLiteral("materials_receipt");
    }
    return {};
}

std::optional<NoticeDocument::Kind> IntakeJson::noticeKindFrom(const QString &name) {
    for (NoticeDocument::Kind kind : noticeKinds())
        if (noticeKindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString IntakeJson::applicantKindName(Applicant::Kind kind) {
    return kind == Applicant::Kind::NaturalPerson ? QStringLiteral("natural")
                                                  : QStringLiteral("legal");
}

QString IntakeJson::dateText(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate IntakeJson::dateFrom(const QString &text) {
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString IntakeJson::dateTimeText(const QDateTime &at) {
    return at.isValid() ? at.toString(Qt::ISODateWithMs) : QString();
}

QDateTime IntakeJson::dateTimeFrom(const QString &text) {
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject IntakeJson::applicant(const Applicant &a) {
    QJsonObject json{
        {key("kind"), applicantKindName(a.kind)},
        {key("name"), a.name},
        {key("id_number"), a.idNumber},
        {key("credit_code"), a.creditCode},
        {key("sex"), IdNumber::sexName(a.sex)},
        {key("birth_date"), dateText(a.birthDate)},
        {key("legal_representative"), a.legalRepresentative},
        {key("contact_person"), a.contactPerson},
        {key("phone"), a.phone},
        {key("blacklisted"), a.credit.blacklisted},
        {key("credit_reason"), a.credit.reason},
        {key("card"), QJsonObject{{key("nation"), a.card.nation},
                                  {key("address"), a.card.address},
                                  {key("authority"), a.card.authority},
                                  {key("valid_from"), dateText(a.card.validFrom)},
                                  {key("valid_until"), dateText(a.card.validUntil)}}},
    };
    if (a.agent)
        json.insert(key("agent"),
                    QJsonObject{{key("name"), a.agent->name},
                                {key("id_number"), a.agent->idNumber},
                                {key("phone"), a.agent->phone},
                                {key("power_of_attorney"), a.agent->powerOfAttorney}});
    return json;
}

Applicant IntakeJson::applicantFrom(const QJsonObject &json) {
    Applicant a;
    a.kind = json.value(key("kind")).toString() == QLatin1String("legal")
                 ? Applicant::Kind::LegalPerson
                 : Applicant::Kind::NaturalPerson;
    a.name = json.value(key("name")).toString();
    a.idNumber = json.value(key("id_number")).toString();
    a.creditCode = json.value(key("credit_code")).toString();
    a.sex = sexFrom(json.value(key("sex")).toString());
    a.birthDate = dateFrom(json.value(key("birth_date")).toString());
    a.legalRepresentative = json.value(key("legal_representative")).toString();
    a.contactPerson = json.value(key("contact_person")).toString();
    a.phone = json.value(key("phone")).toString();
    a.credit.blacklisted = json.value(key("blacklisted")).toBool();
    a.credit.reason = json.value(key("credit_reason")).toString();
    const QJsonObject card = json.value(key("card")).toObject();
    a.card.nation = card.value(key("nation")).toString();
    a.card.address = card.value(key("address")).toString();
    a.card.authority = card.value(key("authority")).toString();
    a.card.validFrom = dateFrom(card.value(key("valid_from")).toString());
    a.card.validUntil = dateFrom(card.value(key("valid_until")).toString());
    if (json.contains(key("agent"))) {
        const QJsonObject agent = json.value(key("agent")).toObject();
        a.agent = Agent{
            agent.value(key("name")).toString(), agent.value(key("id_number")).toString(),
            agent.value(key("phone")).toString(), agent.value(key("power_of_attorney")).toBool()};
    }
    return a;
}

QJsonObject IntakeJson::material(const Material &m) {
    return QJsonObject{
        {key("name"), m.name},
        {key("form"), m.form},
        {key("count"), m.count},
        {key("paper_spec"), m.paperSpec},
        {key("format"), m.format},
        {key("necessity"), m.necessity},
        {key("e_licence_exempt"), m.eLicenceExempt},
        {key("deferrable"), m.deferrable},
        {key("has_blank_form"), m.hasBlankForm},
        {key("has_sample_form"), m.hasSampleForm},
        {key("source"), m.source},
        {key("note"), m.note},
    };
}

Material IntakeJson::materialFrom(const QJsonObject &json) {
    Material m;
    m.name = json.value(key("name")).toString();
    m.form = json.value(key("form")).toString();
    m.count = json.value(key("count")).toInt();
    m.paperSpec = json.value(key("paper_spec")).toString();
    m.format = json.value(key("format")).toString();
    m.necessity = json.value(key("necessity")).toString();
    m.eLicenceExempt = json.value(key("e_licence_exempt")).toBool();
    m.deferrable = json.value(key("deferrable")).toBool();
    m.hasBlankForm = json.value(key("has_blank_form")).toBool();
    m.hasSampleForm = json.value(key("has_sample_form")).toBool();
    m.source = json.value(key("source")).toString();
    m.note = json.value(key("note")).toString();
    return m;
}

} // namespace ow
