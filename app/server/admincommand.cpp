#include "admincommand.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "serveroptions.h"
#include "serverwritelock.h"
#include "userrepository.h"

namespace ow {

namespace {

struct AdminArgs {
    QString command;
    QString name;
    QList<Role> roles;
    bool passwordFromStdin = false;
    QString database;
};

} // namespace

QString AdminCommand::usage() {
    return QStringLiteral(
               "usage: onewindow-server admin create-user NAME --role ROLE[,ROLE] --password-stdin "
               "[--database URL]\n"
               "       onewindow-server admin set-password NAME --password-stdin [--database URL]\n"
               "       onewindow-server admin list-users [--database URL]\n"
               "       onewindow-server admin verify-audit [--database URL]\n"
               "roles: %1. Passwords are read from standard input only.\n")
        .arg(roleKeys(allRoles()).join(QStringLiteral(", ")));
}

int AdminCommand::usageError(const QString &message) {
    m_err << "onewindow-server admin: " << message << "\n" << usage();
    m_err.flush();
    return 2;
}

int AdminCommand::run(const QStringList &arguments) {
    QStringList args = arguments;
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        m_out << usage();
        m_out.flush();
        return args.isEmpty() ? 2 : 0;
    }
    AdminArgs a;
    a.command = args.takeFirst();
    a.database = ServerOptions::defaultDatabase();
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--password-stdin")) {
            a.passwordFromStdin = true;
        } else if (arg == QLatin1String("--password")) {
            return usageError(QStringLiteral("passwords are read from standard input only "
                                             "(--password-stdin), never from arguments"));
        } else if (arg == QLatin1String("--role") && !args.isEmpty()) {
            for (const QString &key : args.takeFirst().split(QLatin1Char(','))) {
                const auto role = roleFromKey(key);
                if (!role)
                    return usageError(QStringLiteral("unknown role '%1'").arg(key));
                a.roles << *role;
            }
        } else if (arg == QLatin1String("--database") && !args.isEmpty()) {
            a.database = args.takeFirst();
        } else if (a.name.isEmpty() && !arg.startsWith(QLatin1String("--"))) {
            a.name = arg;
        } else {
            return usageError(QStringLiteral("unexpected argument '%1'").arg(arg));
        }
    }
    static const QStringList known{QStringLiteral("create-user"), QStringLiteral("set-password"),
                                   QStringLiteral("list-users"), QStringLiteral("verify-audit")};
    if (!known.contains(a.command))
        return usageError(QStringLiteral("unknown command '%1'").arg(a.command));
    const bool needsName =
        a.command == QLatin1String("create-user") || a.command == QLatin1String("set-password");
    if (needsName && (a.name.isEmpty() || !a.passwordFromStdin))
        return usageError(QStringLiteral("%1 needs NAME and --password-stdin").arg(a.command));
    if (a.command == QLatin1String("create-user") && a.roles.isEmpty())
        return usageError(QStringLiteral("create-user needs --role"));

    auto opened = Database::open(a.database);
    if (!opened) {
        m_err << "onewindow-server admin: " << opened.error() << "\n";
        return 1;
    }
    Database &db = *opened.value();
    if (Status st = db.migrate(); !st) {
        m_err << "onewindow-server admin: " << st.error() << "\n";
        return 1;
    }
    SystemClock clock;
    UserRepository users(db, clock);

    if (a.command == QLatin1String("list-users")) {
        for (const User &u : users.list())
            m_out << u.name << "\t" << roleKeys(u.roles).join(QLatin1Char(',')) << "\t"
                  << (u.disabled ? "disabled" : "enabled")
                  << (u.mustChangePassword ? "\tmust-change-password" : "") << "\n";
        m_out.flush();
        return 0;
    }
    if (a.command == QLatin1String("verify-audit")) {
        const AuditVerification v = AuditLog(db).verify();
        if (v.intact) {
            m_out << "audit chain intact: " << v.checked << " rows checked\n";
            m_out.flush();
            return 0;
        }
        m_err << "audit chain broken at row " << v.brokenId << " (" << v.checked
              << " rows before it are intact): " << v.problem << "\n";
        m_err.flush();
        return 1;
    }
    const QString password = m_in.readLine();
    if (password.isEmpty()) {
        m_err << "onewindow-server admin: no password on standard input\n";
        return 1;
    }
    const Status st = db.transaction([&]() -> Status {
        if (Status s = lockServerWrites(db); !s)
            return s;
        if (a.command == QLatin1String("create-user")) {
            auto user = users.create(a.name, a.roles, password);
            if (!user)
                return Status::failure(user.error());
        } else if (Status s = users.setPassword(a.name, password); !s) {
            return s;
        }
        auto id = AuditLog(db).append(clock.now(), QStringLiteral("cli"),
                                      a.command == QLatin1String("create-user")
                                          ? QStringLiteral("user.create")
                                          : QStringLiteral("user.set-password"),
                                      a.name, roleKeys(a.roles).join(QLatin1Char(',')));
        return id ? Status() : Status::failure(id.error());
    });
    if (!st) {
        m_err << "onewindow-server admin: " << st.error() << "\n";
        return 1;
    }
    m_out << (a.command == QLatin1String("create-user") ? "created user " : "password set for ")
          << a.name << "\n";
    m_out.flush();
    return 0;
}

} // namespace ow
