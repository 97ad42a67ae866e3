// SPDX-License-Identifier: GPL-2.0-or-later
#include "keystoneparser.h"

#include "clouderror.h"
#include "cloudjson.h"

#include <QJsonArray>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString identity = u"identity"_s;

QJsonObject domain(const QString &name, const QString &id)
{
    if (!id.isEmpty())
        return {{u"id"_s, id}};
    return {{u"name"_s, name.isEmpty() ? u"Default"_s : name}};
}

} // namespace

QString KeystoneParser::identityBase(const QString &authUrl)
{
    QString base = authUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(u"/v3"_s))
        base += u"/v3"_s;
    return base;
}

QJsonObject KeystoneParser::passwordAuthBody(const CloudConfig &config, const QString &projectId)
{
    QJsonObject identityPart;
    if (config.method == AuthMethod::ApplicationCredential) {
        QJsonObject credential{{u"secret"_s, config.applicationCredentialSecret}};
        if (!config.applicationCredentialId.isEmpty()) {
            credential.insert(u"id"_s, config.applicationCredentialId);
        } else {
            credential.insert(u"name"_s, config.applicationCredentialName);
            QJsonObject user = config.userId.isEmpty()
                ? QJsonObject{{u"name"_s, config.username}, {u"domain"_s, domain(config.userDomainName, config.userDomainId)}}
                : QJsonObject{{u"id"_s, config.userId}};
            credential.insert(u"user"_s, user);
        }
        identityPart = {{u"methods"_s, QJsonArray{u"application_credential"_s}}, {u"application_credential"_s, credential}};
        // An application credential is bound to its project: no scope may be asked for.
        return {{u"auth"_s, QJsonObject{{u"identity"_s, identityPart}}}};
    }
    QJsonObject user{{u"password"_s, config.password}};
    if (!config.userId.isEmpty()) {
        user.insert(u"id"_s, config.userId);
    } else {
        user.insert(u"name"_s, config.username);
        user.insert(u"domain"_s, domain(config.userDomainName, config.userDomainId));
    }
    identityPart = {{u"methods"_s, QJsonArray{u"password"_s}}, {u"password"_s, QJsonObject{{u"user"_s, user}}}};
    QJsonObject auth{{u"identity"_s, identityPart}};
    const QString scopeId = projectId.isEmpty() ? config.projectId : projectId;
    if (!scopeId.isEmpty()) {
        auth.insert(u"scope"_s, QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, scopeId}}}});
    } else if (!config.projectName.isEmpty()) {
        auth.insert(u"scope"_s,
                    QJsonObject{{u"project"_s, QJsonObject{{u"name"_s, config.projectName},
                                                            {u"domain"_s, domain(config.projectDomainName, config.projectDomainId)}}}});
    }
    return {{u"auth"_s, auth}};
}

QJsonObject KeystoneParser::tokenAuthBody(const QByteArray &token, const QString &projectId)
{
    const QJsonObject identityPart{{u"methods"_s, QJsonArray{u"token"_s}},
                                   {u"token"_s, QJsonObject{{u"id"_s, QString::fromLatin1(token)}}}};
    return {{u"auth"_s, QJsonObject{{u"identity"_s, identityPart},
                                    {u"scope"_s, QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, projectId}}}}}}}};
}

Result<CloudToken> KeystoneParser::parseToken(const QByteArray &body, const QByteArray &subjectToken)
{
    using R = Result<CloudToken>;
    if (subjectToken.isEmpty())
        return R::failure(tr("Keystone issued no token (the X-Subject-Token header is missing)."));
    const auto root = CloudJson::parseObject(body, identity);
    if (!root.ok())
        return R::failure(root.error);
    const auto token = CloudJson::object(root.value, u"token"_s, identity);
    if (!token.ok())
        return R::failure(token.error);
    CloudToken result;
    result.id = subjectToken;
    const auto expires = CloudJson::string(token.value, u"expires_at"_s, identity);
    if (!expires.ok())
        return R::failure(expires.error);
    result.expiresAt = QDateTime::fromString(expires.value, Qt::ISODateWithMs);
    if (!result.expiresAt.isValid())
        return R::failure(CloudJson::tr("Keystone sent an unreadable expiry time: %1").arg(expires.value));
    const auto user = CloudJson::object(token.value, u"user"_s, identity);
    if (!user.ok())
        return R::failure(user.error);
    result.userId = CloudJson::optionalString(user.value, u"id"_s);
    result.userName = CloudJson::optionalString(user.value, u"name"_s);
    const QJsonObject project = token.value.value(u"project"_s).toObject();
    if (project.isEmpty())
        return R::failure(tr("Keystone issued a token without a project: the user has no project to work in, or the cloud configuration names none."));
    result.projectId = CloudJson::optionalString(project, u"id"_s);
    result.projectName = CloudJson::optionalString(project, u"name"_s);
    result.projectDomainId = CloudJson::optionalString(project.value(u"domain"_s).toObject(), u"id"_s);
    for (const QJsonValue &role : token.value.value(u"roles"_s).toArray())
        result.roles.append(role.toObject().value(u"name"_s).toString());
    const QJsonValue catalog = token.value.value(u"catalog"_s);
    if (!catalog.isArray())
        return R::failure(CloudError::malformed(identity, tr("the token has no service catalog")));
    for (const QJsonValue &serviceValue : catalog.toArray()) {
        const QJsonObject service = serviceValue.toObject();
        for (const QJsonValue &endpointValue : service.value(u"endpoints"_s).toArray()) {
            const QJsonObject endpoint = endpointValue.toObject();
            CatalogEndpoint entry;
            entry.id = endpoint.value(u"id"_s).toString();
            entry.serviceName = service.value(u"name"_s).toString();
            entry.serviceType = service.value(u"type"_s).toString();
            entry.interface = endpoint.value(u"interface"_s).toString();
            entry.region = endpoint.value(u"region_id"_s).toString();
            if (entry.region.isEmpty())
                entry.region = endpoint.value(u"region"_s).toString();
            entry.url = endpoint.value(u"url"_s).toString();
            if (!entry.url.isEmpty())
                result.catalog.append(entry);
        }
    }
    return {result, {}};
}

Result<QList<ProjectRef>> KeystoneParser::parseProjects(const QByteArray &body)
{
    using R = Result<QList<ProjectRef>>;
    const auto root = CloudJson::parseObject(body, identity);
    if (!root.ok())
        return R::failure(root.error);
    const auto projects = CloudJson::array(root.value, u"projects"_s, identity);
    if (!projects.ok())
        return R::failure(projects.error);
    QList<ProjectRef> result;
    for (const QJsonValue &value : projects.value) {
        const QJsonObject project = value.toObject();
        const auto id = CloudJson::string(project, u"id"_s, identity);
        if (!id.ok())
            return R::failure(id.error);
        result.append({id.value, project.value(u"name"_s).toString(), project.value(u"domain_id"_s).toString(),
                       project.value(u"enabled"_s).toBool(true)});
    }
    std::sort(result.begin(), result.end(), [](const ProjectRef &a, const ProjectRef &b) { return a.name < b.name; });
    return {result, {}};
}

} // namespace VirtDeck::Cloud
