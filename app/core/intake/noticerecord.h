#pragma once

#include "noticedocument.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// A notice issued on a case, as recorded (the printed document is rebuilt from the case). The
// material lists make the repeated-notice rule checkable: a later correction notice may not ask
// for a material the first one did not list without a justification.
struct NoticeRecord {
    NoticeDocument::Kind kind = NoticeDocument::Kind::OneTimeNotice;
    QString number; // document number, 市监补〔2026〕0001号
    QDateTime issuedAt;
    QString actor;
    QStringList materials;  // the materials the notice asks for (correction notices)
    QString reason;         // refusal: the reason
    QString competentOrgan; // refusal: where to apply instead, when known
    QString justification;  // a later notice listing new materials: why
    friend bool operator==(const NoticeRecord &, const NoticeRecord &) = default;
};

// A breach of the one-time-notice rule the supervisor must see.
struct Violation {
    enum class Kind { RepeatedNotice };
    Kind kind = Kind::RepeatedNotice;
    QDateTime at;
    QString actor;
    QString noticeNumber;     // the later notice
    QStringList newMaterials; // asked for now, not in the first notice
    QString justification;
    friend bool operator==(const Violation &, const Violation &) = default;
    static QString kindName(Kind kind); // repeated_notice
};

} // namespace ow
