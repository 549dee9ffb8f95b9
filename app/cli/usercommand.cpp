#include "command.h"

#include "clock.h"
#include "roles.h"
#include "userrepository.h"
#include "workstationstore.h"

#include <cstdio>

namespace ow::cli {

namespace {

// Passwords come only from standard input, never as arguments (they would show in `ps`).
QString readPasswordFromStdin() {
    QTextStream in(stdin);
    return in.readLine();
}

int usage(Context &ctx) {
    ctx.err << "usage: onewindow-cli user add NAME --role ROLE[,ROLE…] --password-stdin\n"
               "       onewindow-cli user passwd NAME --password-stdin\n"
               "       onewindow-cli user list\n"
               "roles: "
            << roleKeys(allRoles()).join(QStringLiteral(", ")) << "\n";
    return 2;
}

} // namespace

int runUser(Context &ctx) {
    QStringList args = ctx.args;
    if (args.isEmpty())
        return usage(ctx);
    const QString action = args.takeFirst();
    QString name;
    QList<Role> roles;
    bool passwordFromStdin = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--password-stdin")) {
            passwordFromStdin = true;
        } else if (a == QLatin1String("--role") && !args.isEmpty()) {
            for (const QString &key : args.takeFirst().split(QLatin1Char(','))) {
                const auto role = roleFromKey(key);
                if (!role) {
                    ctx.err << "onewindow-cli: unknown role '" << key << "'\n";
                    return usage(ctx);
                }
                roles << *role;
            }
        } else if (a == QLatin1String("--password")) {
            ctx.err << "onewindow-cli: passwords are read from standard input only "
                       "(--password-stdin)\n";
            return 2;
        } else if (name.isEmpty() && !a.startsWith(QLatin1String("--"))) {
            name = a;
        } else {
            return usage(ctx);
        }
    }

    auto db = WorkstationStore::open(ctx.dataDir);
    if (!db) {
        ctx.err << "onewindow-cli: " << db.error() << "\n";
        return 2;
    }
    SystemClock clock;
    UserRepository users(*db.value(), clock);

    if (action == QLatin1String("list") && name.isEmpty()) {
        for (const User &u : users.list())
            ctx.out << u.name << "\t" << roleKeys(u.roles).join(QLatin1Char(',')) << "\t"
                    << (u.disabled ? "disabled" : "enabled") << "\n";
        return 0;
    }
    if (name.isEmpty() || !passwordFromStdin)
        return usage(ctx);
    const QString password = readPasswordFromStdin();
    if (action == QLatin1String("add")) {
        auto created = users.create(name, roles, password);
        if (!created) {
            ctx.err << "onewindow-cli: " << created.error() << "\n";
            return 1;
        }
        ctx.out << "created user " << created->name << " ("
                << roleKeys(created->roles).join(QLatin1Char(',')) << ")\n";
        return 0;
    }
    if (action == QLatin1String("passwd")) {
        if (Status st = users.setPassword(name, password); !st) {
            ctx.err << "onewindow-cli: " << st.error() << "\n";
            return 1;
        }
        ctx.out << "password of " << name << " changed\n";
        return 0;
    }
    return usage(ctx);
}

} // namespace ow::cli
