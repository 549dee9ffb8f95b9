#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// The content of one printed document (notice, receipt, commitment, checklist), independent of
// how it is laid out. Core builds it from a case (which fields, what wording the law asks for);
// app/printing lays it out on a page (A4) and writes PDF or prints it.
struct NoticeDocument {
    enum class Kind {
        AcceptanceNotice,   // 受理通知书
        OneTimeNotice,      // 一次性告知书
        CorrectionNotice,   // 补正材料通知书
        DeferredCommitment, // 容缺受理承诺书 (signed by the applicant)
        DeferredNotice,     // 容缺受理通知书
        RefusalNotice,      // 不予受理通知书
        MaterialsReceipt,   // 收件清单
    };

    struct Field { // one labelled line in the header block: 申请人：张三
        QString label;
        QString value;
    };

    struct Table {       // e.g. the material list
        QString caption; // may be empty
        QStringList headers;
        QList<QStringList> rows;
    };

    struct Signature { // a place to sign: 申请人（签字）：____ 日期：____
        QString label;
        QString name; // pre-filled name, may be empty
        bool withDate = true;
    };

    Kind kind = Kind::AcceptanceNotice;
    QString title;          // 受理通知书
    QString number;         // 乌海政务受〔2026〕0001号
    QString issuer;         // the organ issuing it (for the seal line)
    QList<Field> fields;    // header block
    QStringList paragraphs; // body text, in order, before the tables
    QList<Table> tables;
    QStringList closingParagraphs; // after the tables: rights, consequences, contacts
    QList<Signature> signatures;
    QDate date;             // the document's date
    int copies = 1;         // printed copies (two for 容缺受理通知书: applicant, archive)
    QStringList copyLabels; // per copy footer, e.g. {"申请人留存", "窗口存档"}
    // Text for a QR code (progress query, 受理通知书); empty = no code. Plain text the printer
    // encodes as is.
    QString qrText;
};

} // namespace ow
