#pragma once

#include "noticedocument.h"
#include "result.h"

#include <QHash>
#include <QString>

namespace ow {

// Hands out document serial numbers, one sequence per agency, category and year. Storage
// implements it over the database; MemorySerialCounter serves tests and scripted runs.
class DocumentSerialCounter {
public:
    virtual ~DocumentSerialCounter() = default;
    virtual Result<int> next(const QString &agency, const QString &category, int year) = 0;
};

class MemorySerialCounter final : public DocumentSerialCounter {
public:
    Result<int> next(const QString &agency, const QString &category, int year) override;

private:
    QHash<QString, int> m_last;
};

// Document numbers: agency abbreviation + category word + 〔year〕 + 4-digit serial + 号,
// e.g. 市场监管受〔2026〕0001号 (docs/intake.md "Document numbers").
class DocumentNumber {
public:
    // 受 acceptance, 告 one-time notice, 补 correction, 容 deferred commitment and notice (one
    // number for the pair), 不受 refusal, 收 receipt.
    static QString category(NoticeDocument::Kind kind);
    static QString format(const QString &agency, const QString &category, int year, int serial);
    static Result<QString> next(DocumentSerialCounter &counter, const QString &agency,
                                NoticeDocument::Kind kind, int year);
};

} // namespace ow
