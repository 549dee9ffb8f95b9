#include "httpmessage.h"

#include <QJsonDocument>

namespace ow {

QString methodName(HttpMethod method) {
    switch (method) {
    case HttpMethod::Get:
        return QStringLiteral("GET");
    case HttpMethod::Post:
        return QStringLiteral("POST");
    case HttpMethod::Put:
        return QStringLiteral("PUT");
    case HttpMethod::Delete:
        return QStringLiteral("DELETE");
    case HttpMethod::Head:
        return QStringLiteral("HEAD");
    case HttpMethod::Options:
        return QStringLiteral("OPTIONS");
    case HttpMethod::Patch:
        return QStringLiteral("PATCH");
    case HttpMethod::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

QString HttpRequest::bearerToken() const {
    const QByteArray value = header("authorization").trimmed();
    if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object) {
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message) {
    return json(status, QJsonObject{{QStringLiteral("error"), errorCode(status)},
                                    {QStringLiteral("message"), message}});
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &data,
                                 const QByteArray &contentType) {
    HttpResponse r;
    r.status = status;
    r.body = data;
    r.contentType = contentType;
    return r;
}

QString HttpResponse::errorCode(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 409:
        return QStringLiteral("conflict");
    case 411:
        return QStringLiteral("length_required");
    case 413:
        return QStringLiteral("payload_too_large");
    case 422:
        return QStringLiteral("unprocessable");
    case 429:
        return QStringLiteral("too_many_requests");
    case 503:
        return QStringLiteral("unavailable");
    default:
        return status >= 500 ? QStringLiteral("internal_error") : QStringLiteral("error");
    }
}

QByteArray HttpResponse::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Internal Server Error" : "Status";
    }
}

} // namespace ow
