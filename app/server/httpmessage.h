#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ow {

enum class HttpMethod { Get, Post, Put, Delete, Head, Options, Patch, Other };
QString methodName(HttpMethod method);

// A request as our handlers see it: a plain copy, valid on any thread (QHttpServerRequest dies
// with the handler call and must not cross threads).
struct HttpRequest {
    HttpMethod method = HttpMethod::Get;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString requestId;
    QString remoteAddress;
    QHash<QString, QString> params; // {name} segments of the matched route

    QByteArray header(const QByteArray &lowerCaseName) const {
        return headers.value(lowerCaseName);
    }
    QString bearerToken() const; // from "Authorization: Bearer X", or empty
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": code, "message": message}; code is a stable machine word ("bad_request", ...).
    static HttpResponse error(int status, const QString &message);
    static HttpResponse bytes(int status, const QByteArray &data, const QByteArray &contentType);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
        return *this;
    }
    static QByteArray reasonPhrase(int status);
    static QString errorCode(int status);
};

} // namespace ow
