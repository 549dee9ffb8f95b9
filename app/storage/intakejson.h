#pragma once

#include "applicant.h"
#include "catalog.h"

#include <QJsonObject>

#include <optional>

namespace ow {

// The JSON snapshots storage keeps of an applicant (as on a visit or case) and of a catalog
// material (the standard a checklist entry was generated from). Lossless: fromJson(toJson(x))
// equals x. Dates are ISO (yyyy-MM-dd), '' for none.
class IntakeJson {
public:
    static QJsonObject applicant(const Applicant &applicant);
    static Applicant applicantFrom(const QJsonObject &json);
    static QJsonObject material(const Material &material);
    static Material materialFrom(const QJsonObject &json);

    // acceptance_notice, one_time_notice, correction_notice, deferred_commitment,
    // deferred_notice, refusal_notice, materials_receipt
    static QString noticeKindName(NoticeDocument::Kind kind);
    static std::optional<NoticeDocument::Kind> noticeKindFrom(const QString &name);
    static QList<NoticeDocument::Kind> noticeKinds();

    static QString applicantKindName(Applicant::Kind kind); // natural | legal
    static QString dateText(const QDate &date);
    static QDate dateFrom(const QString &text);
    // Timestamps keep milliseconds and the offset so a round trip compares equal.
    static QString dateTimeText(const QDateTime &at);
    static QDateTime dateTimeFrom(const QString &text);
};

} // namespace ow
