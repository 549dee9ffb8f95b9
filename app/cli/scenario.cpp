#include "scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ow::cli {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

QString child(const QString &path, const char *name) {
    return path + QLatin1Char('.') + QLatin1String(name);
}

QString index(const QString &path, qsizetype i) {
    return path + QStringLiteral("[%1]").arg(i);
}

std::optional<ScenarioDecision> decisionFrom(const QString &name) {
    for (auto d : {ScenarioDecision::Accept, ScenarioDecision::AcceptDeferred,
                   ScenarioDecision::Correct, ScenarioDecision::Refuse})
        if (ScenarioReader::decisionName(d) == name)
            return d;
    return std::nullopt;
}

} // namespace

QString ScenarioReader::decisionName(ScenarioDecision decision) {
    switch (decision) {
    case ScenarioDecision::None:
        return QStringLiteral("none");
    case ScenarioDecision::Accept:
        return QStringLiteral("accept");
    case ScenarioDecision::AcceptDeferred:
        return QStringLiteral("accept_deferred");
    case ScenarioDecision::Correct:
        return QStringLiteral("correct");
    case ScenarioDecision::Refuse:
        return QStringLiteral("refuse");
    }
    return {};
}

QString ScenarioReader::materialPath(const QString &stepPath, const QString &material) {
    return stepPath + QStringLiteral(".materials[\"%1\"]").arg(material);
}

void ScenarioReader::fail(const QString &path, const QString &message) {
    m_errors << ScenarioError{path, message};
}

// Refuses keys the format does not know, so a typo is not silently ignored.
static void checkKeys(const QJsonObject &json, const QString &path,
                      const QList<const char *> &allowed, QList<ScenarioError> &errors) {
    QSet<QString> known;
    for (const char *k : allowed)
        known.insert(QString::fromLatin1(k));
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            errors << ScenarioError{path + QLatin1Char('.') + it.key(),
                                    QStringLiteral("unknown field (see docs/scenario-format.md)")};
}

QString ScenarioReader::text(const QJsonObject &json, const char *name, const QString &path,
                             bool required) {
    const QJsonValue value = json.value(key(name));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(child(path, name), QStringLiteral("missing; a text is required"));
        return {};
    }
    if (!value.isString()) {
        fail(child(path, name), QStringLiteral("must be a text"));
        return {};
    }
    if (required && value.toString().trimmed().isEmpty())
        fail(child(path, name), QStringLiteral("must not be empty"));
    return value.toString().trimmed();
}

bool ScenarioReader::inCalendar(const QDate &day, const QString &path) {
    const auto working = m_calendar.isWorkingDay(day);
    if (!working) {
        fail(path, QStringLiteral("%1 is outside the work calendar (%2)")
                       .arg(day.toString(Qt::ISODate), working.error()));
        return false;
    }
    return true;
}

std::optional<QDateTime> ScenarioReader::dateTime(const QJsonValue &json, const QString &path) {
    const QDateTime at = QDateTime::fromString(json.toString(), Qt::ISODate);
    if (!json.isString() || !at.isValid()) {
        fail(path, QStringLiteral("must be an ISO date and time such as 2025-03-12T09:30:00"));
        return std::nullopt;
    }
    if (!inCalendar(at.date(), path))
        return std::nullopt;
    return at;
}

std::optional<QDate> ScenarioReader::date(const QJsonValue &json, const QString &path) {
    const QDate day = QDate::fromString(json.toString(), Qt::ISODate);
    if (!json.isString() || !day.isValid()) {
        fail(path, QStringLiteral("must be an ISO date such as 2025-03-14"));
        return std::nullopt;
    }
    if (!inCalendar(day, path))
        return std::nullopt;
    return day;
}

std::optional<Scenario> ScenarioReader::read(const QByteArray &json, QList<ScenarioError> &errors) {
    m_errors.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors << ScenarioError{QStringLiteral("$"),
                                parseError.error != QJsonParseError::NoError
                                    ? QStringLiteral("not valid JSON at offset %1: %2")
                                          .arg(parseError.offset)
                                          .arg(parseError.errorString())
                                    : QStringLiteral("must be a JSON object")};
        return std::nullopt;
    }
    const QJsonObject top = doc.object();
    const QString root = QStringLiteral("$");
    checkKeys(top, root,
              {"organ", "officer", "now", "ticket", "query_base", "applicant", "cases", "comment"},
              m_errors);
    Scenario scenario;
    scenario.organ = text(top, "organ", root, true);
    scenario.ticket = text(top, "ticket", root, false);
    scenario.queryBase = text(top, "query_base", root, false);
    const QJsonObject officer = top.value(key("officer")).toObject();
    if (!top.value(key("officer")).isObject())
        fail(QStringLiteral("$.officer"), QStringLiteral("missing; give {\"name\", \"phone\"}"));
    else {
        checkKeys(officer, QStringLiteral("$.officer"), {"name", "phone"}, m_errors);
        scenario.officerName = text(officer, "name", QStringLiteral("$.officer"), true);
        scenario.officerPhone = text(officer, "phone", QStringLiteral("$.officer"), false);
    }
    if (auto now = dateTime(top.value(key("now")), QStringLiteral("$.now")))
        scenario.now = *now;
    if (!top.value(key("applicant")).isObject())
        fail(QStringLiteral("$.applicant"), QStringLiteral("missing; the applicant is required"));
    else
        readApplicant(top.value(key("applicant")).toObject(), scenario);
    const QJsonArray cases = top.value(key("cases")).toArray();
    if (!top.value(key("cases")).isArray() || cases.isEmpty())
        fail(QStringLiteral("$.cases"), QStringLiteral("give at least one case"));
    if (m_errors.isEmpty()) // cases need a valid time and applicant to be checked
        for (qsizetype i = 0; i < cases.size(); ++i)
            readCase(cases.at(i), index(QStringLiteral("$.cases"), i), scenario);
    errors = m_errors;
    if (!m_errors.isEmpty())
        return std::nullopt;
    return scenario;
}

void ScenarioReader::readApplicant(const QJsonObject &json, Scenario &scenario) {
    const QString path = QStringLiteral("$.applicant");
    checkKeys(json, path,
              {"kind", "id_number", "credit_code", "name", "legal_representative", "contact_person",
               "phone", "agent", "blacklisted", "credit_reason"},
              m_errors);
    Applicant &a = scenario.applicant;
    const QString kind = text(json, "kind", path, true);
    if (kind == QLatin1String("legal"))
        a.kind = Applicant::Kind::LegalPerson;
    else if (kind != QLatin1String("natural") && !kind.isEmpty())
        fail(child(path, "kind"), QStringLiteral("\"%1\": use natural or legal").arg(kind));
    a.name = text(json, "name", path, true);
    a.idNumber = text(json, "id_number", path, a.kind == Applicant::Kind::NaturalPerson);
    a.creditCode = text(json, "credit_code", path, a.kind == Applicant::Kind::LegalPerson);
    a.legalRepresentative = text(json, "legal_representative", path, false);
    a.contactPerson = text(json, "contact_person", path, false);
    a.phone = text(json, "phone", path, false);
    a.credit.blacklisted = json.value(key("blacklisted")).toBool(false);
    a.credit.reason = text(json, "credit_reason", path, false);
    if (json.contains(key("agent"))) {
        const QString agentPath = child(path, "agent");
        const QJsonObject agent = json.value(key("agent")).toObject();
        checkKeys(agent, agentPath, {"name", "id_number", "phone", "power_of_attorney"}, m_errors);
        a.agent =
            Agent{text(agent, "name", agentPath, true), text(agent, "id_number", agentPath, true),
                  text(agent, "phone", agentPath, false),
                  agent.value(key("power_of_attorney")).toBool(true)};
    }
    if (!m_errors.isEmpty())
        return;
    for (const QString &problem : a.validate(scenario.now.date()))
        fail(path, problem);
}

void ScenarioReader::readCase(const QJsonValue &json, const QString &path, Scenario &scenario) {
    if (!json.isObject()) {
        fail(path, QStringLiteral("must be an object with \"item\" and \"materials\""));
        return;
    }
    const QJsonObject object = json.toObject();
    checkKeys(object, path,
              {"item", "materials", "supply", "decision", "reason", "competent_organ",
               "justification", "then", "comment"},
              m_errors);
    ScenarioCase kase;
    kase.path = path;
    kase.itemId = text(object, "item", path, true);
    const Item *item = m_catalog.item(kase.itemId);
    if (!item) {
        if (!kase.itemId.isEmpty())
            fail(child(path, "item"),
                 QStringLiteral("no item \"%1\" in the catalog").arg(kase.itemId));
        return;
    }
    auto first = readStep(object, path, *item, scenario.now);
    if (!first)
        return;
    kase.steps << *first;
    const QJsonArray then = object.value(key("then")).toArray();
    if (object.contains(key("then")) && !object.value(key("then")).isArray())
        fail(child(path, "then"), QStringLiteral("must be a list of steps"));
    QDateTime previous = scenario.now;
    for (qsizetype i = 0; i < then.size(); ++i) {
        const QString stepPath = index(child(path, "then"), i);
        const QJsonObject step = then.at(i).toObject();
        checkKeys(step, stepPath,
                  {"at", "materials", "supply", "decision", "reason", "competent_organ",
                   "justification", "comment"},
                  m_errors);
        auto at = dateTime(step.value(key("at")), child(stepPath, "at"));
        if (!at)
            continue;
        if (*at < previous)
            fail(child(stepPath, "at"), QStringLiteral("must not be before the previous step"));
        previous = *at;
        if (auto later = readStep(step, stepPath, *item, *at))
            kase.steps << *later;
    }
    scenario.cases << kase;
}

std::optional<ScenarioStep> ScenarioReader::readStep(const QJsonObject &json, const QString &path,
                                                     const Item &item, const QDateTime &at) {
    const qsizetype before = m_errors.size();
    ScenarioStep step;
    step.path = path;
    step.at = at;
    const QJsonValue materials = json.value(key("materials"));
    if (!materials.isUndefined() && !materials.isObject())
        fail(child(path, "materials"),
             QStringLiteral("must be an object: {\"<material name>\": {\"state\": ...}}"));
    const QJsonObject byName = materials.toObject();
    for (auto it = byName.begin(); it != byName.end(); ++it)
        readMaterial(it.value(), materialPath(path, it.key()), it.key(), item, step);
    if (json.contains(key("supply")))
        readSupplies(json.value(key("supply")), child(path, "supply"), item, step);
    const QString decision = text(json, "decision", path, false);
    if (!decision.isEmpty()) {
        if (auto d = decisionFrom(decision))
            step.decision = *d;
        else
            fail(child(path, "decision"),
                 QStringLiteral("\"%1\": use accept, accept_deferred, correct or refuse")
                     .arg(decision));
    }
    step.reason = text(json, "reason", path, false);
    step.competentOrgan = text(json, "competent_organ", path, false);
    step.justification = text(json, "justification", path, false);
    if (m_errors.size() != before)
        return std::nullopt;
    return step;
}

void ScenarioReader::readMaterial(const QJsonValue &json, const QString &path, const QString &name,
                                  const Item &item, ScenarioStep &step) {
    if (!item.material(name)) {
        fail(path,
             QStringLiteral("item %1 (%2) has no material of this name").arg(item.id, item.name));
        return;
    }
    const QJsonObject object =
        json.isString() ? QJsonObject{{key("state"), json.toString()}} : json.toObject();
    if (!json.isString() && !json.isObject()) {
        fail(path, QStringLiteral("give a state name or {\"state\": ...}"));
        return;
    }
    checkKeys(object, path, {"state", "original", "count", "source", "promised", "reason"},
              m_errors);
    ScenarioMaterial m;
    m.path = path;
    m.name = name;
    const QString stateName = object.value(key("state")).toString();
    const auto state = Checklist::stateFromName(stateName);
    if (!state) {
        fail(child(path, "state"),
             QStringLiteral("\"%1\": use received, e_licence, deferred, missing, defective or "
                            "not_applicable")
                 .arg(stateName));
        return;
    }
    m.state = *state;
    m.original = object.value(key("original")).toBool(true);
    m.count = object.value(key("count")).toInt(item.material(name)->count);
    m.source = object.value(key("source")).toString(QStringLiteral("电子证照库"));
    m.reason = object.value(key("reason")).toString();
    if (m.state == MaterialState::Deferred) {
        if (!object.contains(key("promised")))
            fail(child(path, "promised"), QStringLiteral("a deferred material needs the date"));
        else if (auto promised = date(object.value(key("promised")), child(path, "promised")))
            m.promised = *promised;
    }
    step.materials << m;
}

void ScenarioReader::readSupplies(const QJsonValue &json, const QString &path, const Item &item,
                                  ScenarioStep &step) {
    if (!json.isArray()) {
        fail(path, QStringLiteral("must be a list of material names or {\"material\", \"what\", "
                                  "\"complete\"}"));
        return;
    }
    const QJsonArray list = json.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString entryPath = index(path, i);
        const QJsonObject object = list.at(i).isString()
                                       ? QJsonObject{{key("material"), list.at(i).toString()}}
                                       : list.at(i).toObject();
        checkKeys(object, entryPath, {"material", "what", "complete"}, m_errors);
        ScenarioSupply supply;
        supply.path = entryPath;
        supply.material = object.value(key("material")).toString();
        supply.complete = object.value(key("complete")).toBool(true);
        supply.what = object.value(key("what"))
                          .toString(supply.complete ? QStringLiteral("全部补齐")
                                                    : QStringLiteral("部分补交"));
        if (!item.material(supply.material))
            fail(entryPath, QStringLiteral("item %1 (%2) has no material \"%3\"")
                                .arg(item.id, item.name, supply.material));
        else
            step.supplies << supply;
    }
}

} // namespace ow::cli
