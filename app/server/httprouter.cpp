#include "httprouter.h"

namespace ow {

namespace {

QStringList splitPath(const QString &path) {
    // "/a/b" -> ["a", "b"]; an empty segment ("/a//b", "/a/") stays, so it matches nothing.
    QStringList parts = path.split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    return parts;
}

bool isParam(const QString &segment) {
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) &&
           segment.endsWith(QLatin1Char('}'));
}

} // namespace

void HttpRouter::add(HttpMethod method, const QString &pattern, HttpHandler handler,
                     Execution execution) {
    HttpRoute r;
    r.method = method;
    r.pattern = pattern;
    r.segments = splitPath(pattern);
    r.handler = std::move(handler);
    r.execution = execution;
    m_routes << r;
}

void HttpRouter::addWebSocket(const QString &pattern) {
    HttpRoute r;
    r.method = HttpMethod::Get;
    r.pattern = pattern;
    r.segments = splitPath(pattern);
    r.execution = Execution::Inline;
    r.webSocket = true;
    m_routes << r;
}

bool HttpRouter::matches(const HttpRoute &route, const QStringList &parts,
                         QHash<QString, QString> *params) {
    if (route.segments.size() != parts.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &segment = route.segments.at(i);
        if (isParam(segment)) {
            if (parts.at(i).isEmpty())
                return false;
            found.insert(segment.mid(1, segment.size() - 2), parts.at(i));
        } else if (segment != parts.at(i)) {
            return false;
        }
    }
    if (params)
        *params = found;
    return true;
}

HttpRouter::Match HttpRouter::match(HttpMethod method, const QString &path) const {
    Match m;
    const QStringList parts = splitPath(path);
    for (const HttpRoute &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route, parts, &params))
            continue;
        if (route.method == method) {
            m.kind = Match::Kind::Found;
            m.route = &route;
            m.params = params;
            m.allowed.clear();
            return m;
        }
        m.kind = Match::Kind::WrongMethod;
        if (!m.allowed.contains(methodName(route.method)))
            m.allowed << methodName(route.method);
    }
    return m;
}

} // namespace ow
