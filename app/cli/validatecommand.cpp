// validate id NUMBER | validate uscc CODE: the same checks the windows run on entry.
#include "command.h"

#include "clock.h"
#include "creditcode.h"
#include "idnumber.h"

namespace ow::cli {

namespace {

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli validate id NUMBER | validate uscc CODE\n";
    return 2;
}

int validateIdNumber(Context &ctx, const QString &text) {
    const SystemClock clock;
    const IdNumberCheck result = IdNumber::check(text, clock.today());
    // Personal data: only the masked number is ever printed.
    if (!result.valid) {
        ctx.err << "invalid ID number " << IdNumber::mask(text.trimmed()) << ": " << result.reason
                << "\n";
        return 1;
    }
    ctx.out << "valid: " << IdNumber::mask(result.normalized);
    if (result.upgradedFrom15)
        ctx.out << " (upgraded from 15 digits)";
    ctx.out << ", " << IdNumber::sexName(result.sex) << ", born "
            << result.birthDate.toString(Qt::ISODate) << ", " << IdNumber::kindName(result.kind)
            << "\n";
    return 0;
}

int validateCreditCode(Context &ctx, const QString &text) {
    const CreditCodeCheck result = CreditCode::check(text);
    if (!result.valid) {
        ctx.err << "invalid credit code " << text.trimmed() << ": " << result.reason << "\n";
        return 1;
    }
    ctx.out << "valid: " << result.normalized;
    if (const QString category = CreditCode::categoryName(result.normalized); !category.isEmpty())
        ctx.out << ", " << category;
    ctx.out << ", registered in division " << result.normalized.mid(2, 6) << "\n";
    return 0;
}

} // namespace

int runValidate(Context &ctx) {
    if (ctx.args.size() != 2)
        return usage(ctx);
    const QString kind = ctx.args.at(0);
    if (kind == QLatin1String("id"))
        return validateIdNumber(ctx, ctx.args.at(1));
    if (kind == QLatin1String("uscc"))
        return validateCreditCode(ctx, ctx.args.at(1));
    return usage(ctx);
}

} // namespace ow::cli
