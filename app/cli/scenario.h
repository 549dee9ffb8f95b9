#pragma once

#include "applicant.h"
#include "catalog.h"
#include "checklist.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::cli {

// A scripted intake (docs/scenario-format.md), read and checked against the catalog and the
// calendar before anything runs. Every part keeps its JSON path for error messages.

struct ScenarioMaterial {
    QString path; // $.cases[0].materials["营业执照"]
    QString name;
    MaterialState state = MaterialState::Received;
    bool original = true;
    int count = 1;
    QString source; // e_licence
    QDate promised; // deferred
    QString reason; // defective, not_applicable
};

struct ScenarioSupply {
    QString path;
    QString material;
    QString what;
    bool complete = true;
};

enum class ScenarioDecision { None, Accept, AcceptDeferred, Correct, Refuse };

// The case's first handling (at the scenario's "now") or a later step ("then").
struct ScenarioStep {
    QString path; // $.cases[0] or $.cases[0].then[1]
    QDateTime at;
    QList<ScenarioMaterial> materials;
    QList<ScenarioSupply> supplies;
    ScenarioDecision decision = ScenarioDecision::None;
    QString reason;
    QString competentOrgan;
    QString justification;
};

struct ScenarioCase {
    QString path;
    QString itemId;
    QList<ScenarioStep> steps; // the first handling, then the later steps in order
};

struct Scenario {
    QString organ;
    QString officerName;
    QString officerPhone;
    QDateTime now;
    QString ticket;
    QString queryBase;
    Applicant applicant;
    QList<ScenarioCase> cases;
};

// One problem: where in the scenario, and what.
struct ScenarioError {
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

class ScenarioReader {
public:
    ScenarioReader(const Catalog &catalog, const WorkCalendar &calendar)
        : m_catalog(catalog)
        , m_calendar(calendar) {}

    // The scenario, or every problem found (an empty list means success).
    std::optional<Scenario> read(const QByteArray &json, QList<ScenarioError> &errors);

    static QString decisionName(ScenarioDecision decision);
    static QString materialPath(const QString &stepPath, const QString &material);

private:
    void readApplicant(const QJsonObject &json, Scenario &scenario);
    void readCase(const QJsonValue &json, const QString &path, Scenario &scenario);
    std::optional<ScenarioStep> readStep(const QJsonObject &json, const QString &path,
                                         const Item &item, const QDateTime &at);
    void readMaterial(const QJsonValue &json, const QString &path, const QString &name,
                      const Item &item, ScenarioStep &step);
    void readSupplies(const QJsonValue &json, const QString &path, const Item &item,
                      ScenarioStep &step);
    std::optional<QDateTime> dateTime(const QJsonValue &json, const QString &path);
    std::optional<QDate> date(const QJsonValue &json, const QString &path);
    bool inCalendar(const QDate &date, const QString &path);
    QString text(const QJsonObject &json, const char *key, const QString &path, bool required);
    void fail(const QString &path, const QString &message);

    const Catalog &m_catalog;
    const WorkCalendar &m_calendar;
    QList<ScenarioError> m_errors;
};

} // namespace ow::cli
