// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudconfigloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <string>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

// Aliases can make a node its own descendant (yaml-cpp accepts `&a [*a]`), and a few aliases
// can stand for millions of nodes: both are refused before anything walks or copies the tree.
constexpr int MaxYamlDepth = 64;
constexpr int MaxYamlNodes = 100000;

bool withinLimits(const YAML::Node &node, int depth, int &budget)
{
    if (depth > MaxYamlDepth || --budget < 0)
        return false;
    if (node.IsMap()) {
        for (const auto &entry : node)
            if (!withinLimits(entry.first, depth + 1, budget) || !withinLimits(entry.second, depth + 1, budget))
                return false;
    } else if (node.IsSequence()) {
        for (const auto &item : node)
            if (!withinLimits(item, depth + 1, budget))
                return false;
    }
    return true;
}

// secure.yaml's values win, maps are merged key by key (as openstacksdk does).
YAML::Node merged(const YAML::Node &base, const YAML::Node &overlay)
{
    if (!overlay.IsMap() || !base.IsMap())
        return YAML::Clone(overlay.IsDefined() && !overlay.IsNull() ? overlay : base);
    YAML::Node result = YAML::Clone(base);
    for (const auto &entry : overlay) {
        const std::string key = entry.first.as<std::string>();
        const YAML::Node existing = static_cast<const YAML::Node &>(result)[key];
        result[key] = existing.IsDefined() ? merged(existing, entry.second) : YAML::Clone(entry.second);
    }
    return result;
}

// Reads through const nodes: operator[] on a non-const node would insert the key.
QString scalar(const YAML::Node &map, const char *key)
{
    if (!map.IsDefined() || !map.IsMap())
        return {};
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (!node.IsScalar())
        throw YAML::TypedBadConversion<std::string>(node.Mark());
    return toQString(node.as<std::string>());
}

CloudConfig cloudFromNode(const QString &name, const YAML::Node &cloud, const QString &source)
{
    CloudConfig config;
    config.name = name;
    config.source = source;
    const YAML::Node auth = cloud["auth"];
    const QString authType = scalar(cloud, "auth_type");
    if (authType == u"v3applicationcredential"_s || authType == u"applicationcredential"_s
        || authType == u"application_credential"_s)
        config.method = AuthMethod::ApplicationCredential;
    config.authUrl = scalar(auth, "auth_url");
    config.username = scalar(auth, "username");
    config.userId = scalar(auth, "user_id");
    config.password = scalar(auth, "password");
    config.projectName = scalar(auth, "project_name");
    if (config.projectName.isEmpty())
        config.projectName = scalar(auth, "tenant_name");
    config.projectId = scalar(auth, "project_id");
    if (config.projectId.isEmpty())
        config.projectId = scalar(auth, "tenant_id");
    config.userDomainName = scalar(auth, "user_domain_name");
    config.userDomainId = scalar(auth, "user_domain_id");
    config.projectDomainName = scalar(auth, "project_domain_name");
    config.projectDomainId = scalar(auth, "project_domain_id");
    // domain_name/domain_id apply to both when the specific ones are missing
    const QString domainName = scalar(auth, "domain_name");
    const QString domainId = scalar(auth, "domain_id");
    if (config.userDomainName.isEmpty() && config.userDomainId.isEmpty()) {
        config.userDomainName = domainName;
        config.userDomainId = domainId;
    }
    if (config.projectDomainName.isEmpty() && config.projectDomainId.isEmpty()) {
        config.projectDomainName = domainName;
        config.projectDomainId = domainId;
    }
    config.applicationCredentialId = scalar(auth, "application_credential_id");
    config.applicationCredentialName = scalar(auth, "application_credential_name");
    config.applicationCredentialSecret = scalar(auth, "application_credential_secret");
    config.regionName = scalar(cloud, "region_name");
    const YAML::Node regions = cloud["regions"];
    if (config.regionName.isEmpty() && regions.IsDefined() && regions.IsSequence() && regions.size() > 0) {
        const YAML::Node first = regions[0];
        config.regionName = first.IsScalar() ? toQString(first.as<std::string>()) : scalar(first, "name");
    }
    const QString interface = scalar(cloud, "interface");
    if (!interface.isEmpty())
        config.interface = interface;
    const YAML::Node verify = cloud["verify"];
    if (verify.IsDefined() && verify.IsScalar())
        config.verifyTls = verify.as<bool>();
    config.caCertFile = scalar(cloud, "cacert");
    return config;
}

QString checkConfig(const CloudConfig &config)
{
    if (config.authUrl.isEmpty())
        return CloudConfigLoader::tr("Cloud \"%1\" has no auth_url.").arg(config.name);
    const QUrl url(config.authUrl);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return CloudConfigLoader::tr("Cloud \"%1\": auth_url \"%2\" is not an http or https URL.").arg(config.name, config.authUrl);
    if (config.method == AuthMethod::ApplicationCredential) {
        if (config.applicationCredentialId.isEmpty() && config.applicationCredentialName.isEmpty())
            return CloudConfigLoader::tr("Cloud \"%1\" uses an application credential but names none.").arg(config.name);
    } else if (config.username.isEmpty() && config.userId.isEmpty()) {
        return CloudConfigLoader::tr("Cloud \"%1\" has neither username nor user_id.").arg(config.name);
    }
    return {};
}

} // namespace

QStringList CloudConfigLoader::defaultSearchDirectories()
{
    return {QDir::currentPath(), QDir::homePath() + u"/.config/openstack"_s, u"/etc/openstack"_s};
}

CloudConfigLoader::CloudConfigLoader(QStringList searchDirectories, QProcessEnvironment environment)
    : m_searchDirectories(std::move(searchDirectories))
    , m_environment(std::move(environment))
{
}

QString CloudConfigLoader::findFile(const QString &envVariable, const QStringList &names) const
{
    const QString fromEnvironment = m_environment.value(envVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    for (const QString &directory : m_searchDirectories) {
        for (const QString &name : names) {
            const QString path = QDir(directory).filePath(name);
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return {};
}

QString CloudConfigLoader::cloudsFile() const
{
    return findFile(u"OS_CLIENT_CONFIG_FILE"_s, {u"clouds.yaml"_s, u"clouds.yml"_s});
}

QString CloudConfigLoader::secureFile() const
{
    return findFile(u"OS_CLIENT_SECURE_FILE"_s, {u"secure.yaml"_s, u"secure.yml"_s});
}

Result<QList<CloudConfig>> CloudConfigLoader::parseCloudsYaml(const QByteArray &cloudsYaml, const QByteArray &secureYaml,
                                                              const QString &source)
{
    using R = Result<QList<CloudConfig>>;
    YAML::Node root;
    const auto load = [](const QByteArray &text, const QString &what, YAML::Node &out) -> QString {
        try {
            out = YAML::Load(text.toStdString());
        } catch (const YAML::ParserException &e) {
            return tr("%1 line %2, column %3: %4")
                .arg(what)
                .arg(e.mark.line + 1)
                .arg(e.mark.column + 1)
                .arg(toQString(e.msg));
        } catch (const YAML::Exception &e) {
            return tr("%1: %2").arg(what, toQString(e.what()));
        }
        int budget = MaxYamlNodes;
        if (!withinLimits(out, 0, budget))
            return tr("%1 is nested too deeply or refers to itself through an alias.").arg(what);
        return {};
    };
    if (const QString error = load(cloudsYaml, source, root); !error.isEmpty())
        return R::failure(error);
    if (!secureYaml.isEmpty()) {
        YAML::Node secure;
        const QString secureName = tr("secure.yaml");
        if (const QString error = load(secureYaml, secureName, secure); !error.isEmpty())
            return R::failure(error);
        // A key that is a list or a map (legal YAML) cannot be merged by name.
        try {
            if (secure.IsMap())
                root = merged(root, secure);
        } catch (const YAML::Exception &e) {
            return R::failure(tr("%1 line %2, column %3: every key must be a plain name, not a list or a map.")
                                  .arg(secureName)
                                  .arg(e.mark.line + 1)
                                  .arg(e.mark.column + 1));
        }
    }
    if (root.IsNull() || !root.IsDefined())
        return R{};
    const YAML::Node &constRoot = root;
    if (!constRoot.IsMap() || !constRoot["clouds"].IsDefined())
        return R::failure(tr("%1 has no \"clouds:\" section.").arg(source));
    const YAML::Node clouds = constRoot["clouds"];
    if (!clouds.IsMap())
        return R::failure(tr("%1: \"clouds\" must map cloud names to their settings.").arg(source));
    QList<CloudConfig> result;
    for (const auto &entry : clouds) {
        QString name;
        try {
            name = toQString(entry.first.as<std::string>());
            if (!entry.second.IsMap())
                return R::failure(tr("%1: cloud \"%2\" must be a map of settings.").arg(source, name));
            const YAML::Node auth = entry.second["auth"];
            if (auth.IsDefined() && !auth.IsMap())
                return R::failure(tr("%1: cloud \"%2\": \"auth\" must be a map.").arg(source, name));
            CloudConfig config = cloudFromNode(name, entry.second, source);
            if (const QString problem = checkConfig(config); !problem.isEmpty())
                return R::failure(tr("%1: %2").arg(source, problem));
            result.append(config);
        } catch (const YAML::Exception &e) {
            return R::failure(tr("%1: cloud \"%2\", line %3: a value has the wrong type (%4).")
                                  .arg(source, name)
                                  .arg(e.mark.line + 1)
                                  .arg(toQString(e.msg)));
        }
    }
    return R{result, {}};
}

Result<CloudConfig> CloudConfigLoader::fromEnvironment(const QProcessEnvironment &environment)
{
    const auto env = [&environment](const char *name) { return environment.value(QString::fromLatin1(name)); };
    CloudConfig config;
    config.authUrl = env("OS_AUTH_URL");
    if (config.authUrl.isEmpty())
        return {};
    config.name = u"envvars"_s;
    config.source = tr("environment (OS_* variables)");
    const QString authType = env("OS_AUTH_TYPE");
    if (authType.contains(u"applicationcredential"_s) || authType == u"application_credential"_s)
        config.method = AuthMethod::ApplicationCredential;
    config.username = env("OS_USERNAME");
    config.userId = env("OS_USER_ID");
    config.password = env("OS_PASSWORD");
    config.projectName = env("OS_PROJECT_NAME");
    if (config.projectName.isEmpty())
        config.projectName = env("OS_TENANT_NAME");
    config.projectId = env("OS_PROJECT_ID");
    if (config.projectId.isEmpty())
        config.projectId = env("OS_TENANT_ID");
    config.userDomainName = env("OS_USER_DOMAIN_NAME");
    config.userDomainId = env("OS_USER_DOMAIN_ID");
    config.projectDomainName = env("OS_PROJECT_DOMAIN_NAME");
    config.projectDomainId = env("OS_PROJECT_DOMAIN_ID");
    config.applicationCredentialId = env("OS_APPLICATION_CREDENTIAL_ID");
    config.applicationCredentialName = env("OS_APPLICATION_CREDENTIAL_NAME");
    config.applicationCredentialSecret = env("OS_APPLICATION_CREDENTIAL_SECRET");
    config.regionName = env("OS_REGION_NAME");
    if (const QString interface = env("OS_INTERFACE"); !interface.isEmpty())
        config.interface = interface;
    if (const QString cacert = env("OS_CACERT"); !cacert.isEmpty())
        config.caCertFile = cacert;
    if (const QString insecure = env("OS_INSECURE").toLower(); insecure == u"true"_s || insecure == u"1"_s)
        config.verifyTls = false;
    if (const QString version = env("OS_IDENTITY_API_VERSION"); !version.isEmpty() && !version.startsWith(u'3'))
        return Result<CloudConfig>::failure(tr("OS_IDENTITY_API_VERSION=%1: only Keystone v3 is supported.").arg(version));
    if (const QString problem = checkConfig(config); !problem.isEmpty())
        return Result<CloudConfig>::failure(problem);
    return {config, {}};
}

Result<QList<CloudConfig>> CloudConfigLoader::loadAll() const
{
    using R = Result<QList<CloudConfig>>;
    QList<CloudConfig> clouds;
    const QString cloudsPath = cloudsFile();
    if (!cloudsPath.isEmpty()) {
        QFile file(cloudsPath);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read %1: %2").arg(cloudsPath, file.errorString()));
        QByteArray secureText;
        const QString securePath = secureFile();
        if (!securePath.isEmpty()) {
            QFile secure(securePath);
            if (!secure.open(QIODevice::ReadOnly))
                return R::failure(tr("Cannot read %1: %2").arg(securePath, secure.errorString()));
            secureText = secure.readAll();
        }
        const R parsed = parseCloudsYaml(file.readAll(), secureText, cloudsPath);
        if (!parsed.ok())
            return parsed;
        clouds = parsed.value;
    }
    const Result<CloudConfig> fromEnv = fromEnvironment(m_environment);
    if (!fromEnv.ok())
        return R::failure(fromEnv.error);
    if (!fromEnv.value.name.isEmpty())
        clouds.append(fromEnv.value);
    return R{clouds, {}};
}

Result<CloudConfig> CloudConfigLoader::load(const QString &name) const
{
    const Result<QList<CloudConfig>> all = loadAll();
    if (!all.ok())
        return Result<CloudConfig>::failure(all.error);
    QString wanted = name.isEmpty() ? m_environment.value(u"OS_CLOUD"_s) : name;
    if (wanted.isEmpty()) {
        if (all.value.size() == 1)
            return {all.value.first(), {}};
        wanted = u"envvars"_s;
    }
    for (const CloudConfig &config : all.value) {
        if (config.name == wanted)
            return {config, {}};
    }
    if (all.value.isEmpty())
        return Result<CloudConfig>::failure(
            tr("No clouds configured: no clouds.yaml in %1 and no OS_AUTH_URL in the environment.")
                .arg(m_searchDirectories.join(u", "_s)));
    QStringList names;
    for (const CloudConfig &config : all.value)
        names.append(config.name);
    return Result<CloudConfig>::failure(tr("No cloud named \"%1\" (known: %2).").arg(wanted, names.join(u", "_s)));
}

} // namespace VirtDeck::Cloud
