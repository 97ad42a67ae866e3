#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The test cloud for tests labelled "cloud": OpenStack Zed services from Debian 12's packages,
# on 127.0.0.1 only, SQLite, no systemd, all state under $VIRTDECK_CLOUD_DIR:
#   Keystone :5000 (uwsgi)   Placement :8778 (uwsgi)   Nova API :8774 (uwsgi)
#   Neutron :9696 (ML2, no agents)   Glance :9292 (file store)   Cinder API :8776
# and the compute path: RabbitMQ :5672 (epmd :4369, distribution :25672), nova-conductor,
# nova-scheduler, nova-compute with nova's fake driver (servers reach ACTIVE with a Neutron
# address; no VM runs), cinder-scheduler and cinder-volume with cinder's fake driver, and an
# ML2 mechanism driver that binds every port (no L2 agent). An external flat network "public"
# (subnet 172.24.4.0/24) is there for floating IPs.
# Seeds admin/adminpass (project admin), demo/demopass (project demo) and demo2/demopass
# (project demo2), writes clouds.yaml (clouds virtdeck-admin, virtdeck-demo, virtdeck-demo2),
# *-openrc and cloud.env there, and returns once every API answers.
# scripts/cloud-stop.sh stops exactly the processes started here.
# Packages: scripts/install-deps.sh.
#
# Environment: VIRTDECK_CLOUD_DIR (/var/tmp/virtdeck-cloud), VIRTDECK_CLOUD_WAIT (120 s per
# service), VIRTDECK_CLOUD_TOKEN_LIFETIME (3600 s).
set -euo pipefail

dir=${VIRTDECK_CLOUD_DIR:-/var/tmp/virtdeck-cloud}
wait_limit=${VIRTDECK_CLOUD_WAIT:-120}
token_lifetime=${VIRTDECK_CLOUD_TOKEN_LIFETIME:-3600}
admin_pass=adminpass demo_pass=demopass service_pass=servicepass rabbit_pass=rabbitpass
etc=$dir/etc state=$dir/state logs=$dir/log run=$dir/run lib=$dir/lib
transport=rabbit://openstack:$rabbit_pass@127.0.0.1:5672/
compute_host=virtdeck-cloud
py=/usr/bin/python3
t0=$SECONDS

say() { echo "cloud-start: [+$((SECONDS - t0))s] $*"; }
die() { echo "cloud-start: ERROR: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root"
for p in uwsgi-core uwsgi-plugin-python3 python3-keystone python3-placement python3-nova python3-neutron \
         python3-glance python3-cinder rabbitmq-server curl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    die "package $p is missing: run scripts/install-deps.sh"
done

# A process is ours when its environment carries our marker, or (neutron-server rewrites its
# title over its environment) when its command line reads a config file of ours.
ours() {
  grep -qz "^VIRTDECK_CLOUD_DIR=$dir\$" "/proc/$1/environ" 2>/dev/null ||
    tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "--config-file $dir/"
}
if [[ -d $run ]]; then
  for f in "$run"/*.pid; do
    [[ -e $f ]] || continue
    p=$(cat "$f" 2>/dev/null || true)
    if [[ -n $p ]] && ours "$p"; then
      die "$(basename "$f" .pid) (pid $p) is still running from an earlier start: run scripts/cloud-stop.sh first"
    fi
  done
fi
for port in 5000 8778 8774 9696 9292 8776 5672 4369 25672; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "127.0.0.1:$port is in use by another program (another OpenStack?): stop it first"
  fi
done

# Fresh state every time: tests start from the seeded quotas, flavors and groups.
rm -rf "$etc" "$state" "$logs" "$run" "$lib"
mkdir -p "$etc"/{keystone,placement,nova,neutron,glance,cinder,rabbitmq} "$logs" "$run" \
         "$state"/keystone/{fernet,credential} "$state"/{nova,neutron,glance,cinder}/lock \
         "$state"/glance/{images,staging,tasks} "$state"/rabbitmq \
         "$lib"/virtdeck_bindall "$lib"/virtdeck_bindall-1.0.dist-info
chmod 700 "$state"/keystone/fernet "$state"/keystone/credential

# ------------------------------------------------------------------ configuration
keystone_authtoken() { # service user
  cat <<EOF
[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:5000/
auth_url = http://127.0.0.1:5000/
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = $1
password = $service_pass
service_token_roles_required = true
EOF
}
service_auth() { # section user
  cat <<EOF
[$1]
auth_url = http://127.0.0.1:5000/v3
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
region_name = RegionOne
username = $2
password = $service_pass
EOF
}
# uwsgi: one thread per worker (SQLite connections must stay in their thread, else "database
# is locked"), and "Connection: close" because uwsgi's http-socket does not keep connections.
uwsgi_config() { # name port wsgi-file env workers
  cat <<EOF
[uwsgi]
http-socket = 127.0.0.1:$2
plugins = python3
wsgi-file = $3
env = $4
processes = $5
threads = 1
master = true
lazy-apps = true
die-on-term = true
buffer-size = 65535
add-header = Connection: close
chdir = $dir
logto = $logs/$1-uwsgi.log
EOF
}

# Keystone: bcrypt at its minimum cost and an in-process cache with one worker (exact
# invalidation): token checks drop from hundreds of milliseconds to about ten.
cat > "$etc/keystone/keystone.conf" <<EOF
[DEFAULT]
log_file = $logs/keystone.log
[database]
connection = sqlite:///$state/keystone.db
[identity]
password_hash_rounds = 4
[token]
provider = fernet
expiration = $token_lifetime
[fernet_tokens]
key_repository = $state/keystone/fernet
[credential]
key_repository = $state/keystone/credential
[cache]
enabled = true
backend = dogpile.cache.memory
EOF
uwsgi_config keystone 5000 /usr/bin/keystone-wsgi-public "OS_KEYSTONE_CONFIG_DIR=$etc/keystone" 1 > "$etc/keystone/uwsgi.ini"

{ cat <<EOF
[DEFAULT]
log_file = $logs/placement.log
[api]
auth_strategy = keystone
[placement_database]
connection = sqlite:///$state/placement.db
EOF
keystone_authtoken placement; } > "$etc/placement/placement.conf"
uwsgi_config placement 8778 /usr/bin/placement-api "OS_PLACEMENT_CONFIG_DIR=$etc/placement" 1 > "$etc/placement/uwsgi.ini"

# Nova: the API, conductor and scheduler read nova.conf; nova-compute reads nova-compute.conf,
# which has no database (it goes through the conductor).
nova_common() {
  cat <<EOF
[DEFAULT]
state_path = $state/nova
host = $compute_host
my_ip = 127.0.0.1
transport_url = $transport
graceful_shutdown_timeout = 5
[oslo_concurrency]
lock_path = $state/nova/lock
[oslo_messaging_rabbit]
heartbeat_timeout_threshold = 0
[glance]
api_servers = http://127.0.0.1:9292
[cinder]
os_region_name = RegionOne
EOF
  service_auth neutron neutron
  service_auth placement placement
  # Debian's Cinder refuses a detach unless Nova sends a service token (OSSA-2023-003).
  service_auth service_user nova
  echo "send_service_user_token = true"
}
{ nova_common; cat <<EOF
[DEFAULT]
log_file = $logs/nova-api.log
[api]
auth_strategy = keystone
[api_database]
connection = sqlite:///$state/nova_api.db
[database]
connection = sqlite:///$state/nova.db
[wsgi]
api_paste_config = $etc/nova/api-paste.ini
[conductor]
workers = 1
[scheduler]
workers = 1
EOF
keystone_authtoken nova; } > "$etc/nova/nova.conf"
{ nova_common; cat <<EOF
[DEFAULT]
log_file = $logs/nova-compute.log
compute_driver = fake.FakeDriver
instances_path = $state/nova/instances
EOF
} > "$etc/nova/nova-compute.conf"
# Only the compute API v2.1 and the version documents.
cat > "$etc/nova/api-paste.ini" <<'EOF'
[composite:osapi_compute]
use = call:nova.api.openstack.urlmap:urlmap_factory
/: versions
/v2.1: versions_v21
/v2.1/+: compute_v21
[composite:compute_v21]
use = call:nova.api.auth:pipeline_factory_v21
keystone = request_id faultwrap sizelimit authtoken keystonecontext compute_app
[filter:request_id]
paste.filter_factory = nova.api.compute_req_id:ComputeReqIdMiddleware.factory
[filter:faultwrap]
paste.filter_factory = nova.api.openstack:FaultWrapper.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware:RequestBodySizeLimiter.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:keystonecontext]
paste.filter_factory = nova.api.auth:NovaKeystoneContext.factory
[app:compute_app]
paste.app_factory = nova.api.openstack.compute:APIRouterV21.factory
[pipeline:versions]
pipeline = faultwrap versions_app
[pipeline:versions_v21]
pipeline = request_id faultwrap versions_v2_app
[app:versions_app]
paste.app_factory = nova.api.openstack.compute.versions:Versions.factory
[app:versions_v2_app]
paste.app_factory = nova.api.openstack.compute.versions:VersionsV2.factory
EOF
cat > "$etc/nova/wsgi.py" <<'EOF'
from nova.api.openstack.compute.wsgi import init_application
application = init_application()
EOF
uwsgi_config nova-api 8774 "$etc/nova/wsgi.py" "OS_NOVA_CONFIG_DIR=$etc/nova" 2 > "$etc/nova/uwsgi.ini"

# Neutron: ML2 with the router plugin and no agents; neutron's own packaged paste file.
{ cat <<EOF
[DEFAULT]
log_file = $logs/neutron.log
state_path = $state/neutron
bind_host = 127.0.0.1
bind_port = 9696
host = $compute_host
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
allow_overlapping_ips = true
api_paste_config = /usr/lib/python3/dist-packages/neutron/tests/etc/api-paste.ini
transport_url = fake://
api_workers = 1
rpc_workers = 0
rpc_state_report_workers = 0
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
[database]
connection = sqlite:///$state/neutron.db
[oslo_concurrency]
lock_path = $state/neutron/lock
[ml2]
type_drivers = flat,vxlan
tenant_network_types = vxlan
mechanism_drivers = virtdeck_bindall
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public
[ml2_type_vxlan]
vni_ranges = 1:1000
[securitygroup]
firewall_driver = noop
EOF
keystone_authtoken neutron; } > "$etc/neutron/neutron.conf"
# No L2 agent runs, so no port would bind and nova-compute could not boot a server: this
# mechanism driver binds every port (as OVS, ACTIVE). Found through its entry point on PYTHONPATH.
cat > "$lib/virtdeck_bindall/__init__.py" <<'EOF'
"""ML2 mechanism driver for VirtDeck's test cloud: binds every port, no dataplane."""
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api


class BindAllMechanismDriver(api.MechanismDriver):
    def initialize(self):
        pass

    def bind_port(self, context):
        for segment in context.segments_to_bind:
            context.set_binding(segment[api.ID], portbindings.VIF_TYPE_OVS,
                                {portbindings.CAP_PORT_FILTER: True, portbindings.OVS_HYBRID_PLUG: False},
                                status=constants.PORT_STATUS_ACTIVE)
            return
EOF
printf 'Metadata-Version: 2.1\nName: virtdeck-bindall\nVersion: 1.0\n' > "$lib/virtdeck_bindall-1.0.dist-info/METADATA"
printf '[neutron.ml2.mechanism_drivers]\nvirtdeck_bindall = virtdeck_bindall:BindAllMechanismDriver\n' \
  > "$lib/virtdeck_bindall-1.0.dist-info/entry_points.txt"

{ cat <<EOF
[DEFAULT]
log_file = $logs/glance.log
bind_host = 127.0.0.1
bind_port = 9292
workers = 1
enabled_backends = file:file
[database]
connection = sqlite:///$state/glance.db
[paste_deploy]
flavor = keystone
config_file = $etc/glance/paste.ini
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = $state/glance/images/
[os_glance_staging_store]
filesystem_store_datadir = $state/glance/staging/
[os_glance_tasks_store]
filesystem_store_datadir = $state/glance/tasks/
[oslo_concurrency]
lock_path = $state/glance/lock
EOF
keystone_authtoken glance; } > "$etc/glance/glance-api.conf"
cat > "$etc/glance/paste.ini" <<'EOF'
[pipeline:glance-api-keystone]
pipeline = versionnegotiation authtoken context rootapp
[composite:rootapp]
paste.composite_factory = glance.api:root_app_factory
/: versions
/v2: v2
[app:versions]
paste.app_factory = glance.api.versions:create_resource
[app:v2]
paste.app_factory = glance.api.v2.router:API.factory
[filter:versionnegotiation]
paste.filter_factory = glance.api.middleware.version_negotiation:VersionNegotiationFilter.factory
[filter:context]
paste.filter_factory = glance.api.middleware.context:ContextMiddleware.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
EOF

{ cat <<EOF
[DEFAULT]
log_file = $logs/cinder.log
state_path = $state/cinder
host = $compute_host
my_ip = 127.0.0.1
graceful_shutdown_timeout = 5
osapi_volume_listen = 127.0.0.1
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
auth_strategy = keystone
transport_url = $transport
api_paste_config = $etc/cinder/api-paste.ini
glance_api_servers = http://127.0.0.1:9292
enabled_backends = fake
[database]
connection = sqlite:///$state/cinder.db
[oslo_concurrency]
lock_path = $state/cinder/lock
[oslo_messaging_rabbit]
heartbeat_timeout_threshold = 0
[fake]
# Cinder's own test driver (in python3-cinder): volumes become available, nothing is stored.
volume_driver = cinder.tests.fake_driver.FakeLoggingVolumeDriver
volume_backend_name = fake
EOF
keystone_authtoken cinder; } > "$etc/cinder/cinder.conf"
cat > "$etc/cinder/api-paste.ini" <<'EOF'
[composite:osapi_volume]
use = call:cinder.api:root_app_factory
/: versions
/v3: volume_v3
[composite:volume_v3]
use = call:cinder.api.middleware.auth:pipeline_factory
keystone = request_id faultwrap sizelimit authtoken keystonecontext volume_app
[filter:request_id]
paste.filter_factory = cinder.api.middleware.request_id:RequestId.factory
[filter:faultwrap]
paste.filter_factory = cinder.api.middleware.fault:FaultWrapper.factory
[filter:sizelimit]
paste.filter_factory = oslo_middleware.sizelimit:RequestBodySizeLimiter.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
[filter:keystonecontext]
paste.filter_factory = cinder.api.middleware.auth:CinderKeystoneContext.factory
[app:volume_app]
paste.app_factory = cinder.api.v3.router:APIRouter.factory
[pipeline:versions]
pipeline = request_id faultwrap versions_app
[app:versions_app]
paste.app_factory = cinder.api.versions:Versions.factory
EOF

# RabbitMQ on the loopback only (AMQP, epmd and Erlang distribution), with a user of our own.
cat > "$etc/rabbitmq/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:5672
loopback_users = none
default_user = openstack
default_pass = $rabbit_pass
log.file.level = warning
EOF
echo '[].' > "$etc/rabbitmq/enabled_plugins"
cat > "$etc/rabbitmq/env.sh" <<EOF
export HOME=$state/rabbitmq
export RABBITMQ_NODENAME=rabbit@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=5672
export RABBITMQ_DIST_PORT=25672
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT=4369
export RABBITMQ_CONFIG_FILE=$etc/rabbitmq/rabbitmq.conf
export RABBITMQ_ENABLED_PLUGINS_FILE=$etc/rabbitmq/enabled_plugins
export RABBITMQ_MNESIA_BASE=$state/rabbitmq/mnesia
export RABBITMQ_LOG_BASE=$logs/rabbitmq
export RABBITMQ_PID_FILE=$state/rabbitmq/beam.pid
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF

# ------------------------------------------------------------------ helpers
# Runs a Python module's main() under a given program name (the /usr/bin wrappers live in
# the *-common/-api packages, which are not installed: they bring init scripts and prompts).
module_main() { # program module args...
  local program=$1 module=$2; shift 2
  "$py" -c "import sys; sys.argv[0] = '$program'; from $module import main; sys.exit(main())" "$@"
}
step() { # command... : output goes to init.log, shown on failure
  echo "+ $*" >> "$logs/init.log"
  "$@" >> "$logs/init.log" 2>&1 || { tail -25 "$logs/init.log" >&2; die "failed: $*"; }
}
wal() { "$py" -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL")' "$1"; }
# Starts a service in its own session with our marker; its pid file holds its own pid.
launch() { # name command...
  local name=$1; shift
  VIRTDECK_CLOUD_DIR=$dir setsid sh -c 'echo $$ > "$0"; exec "$@"' "$run/$name.pid" "$@" \
    > "$logs/$name.out" 2>&1 < /dev/null &
  local i
  for i in $(seq 50); do [[ -s $run/$name.pid ]] && break; sleep 0.1; done
}
wait_http() { # name url
  local name=$1 url=$2 deadline=$((SECONDS + wait_limit)) code
  while :; do
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" || true)
    case $code in 2??|3??|401) break ;; esac
    if ! kill -0 "$(cat "$run/$name.pid")" 2>/dev/null; then
      tail -20 "$logs/$name".* "$logs/$name"-*.log 2>/dev/null >&2; die "$name exited during start-up (logs in $logs)"
    fi
    ((SECONDS < deadline)) || die "$name does not answer on $url after ${wait_limit}s (logs in $logs)"
    sleep 0.3
  done
  say "$name answers on $url"
}

wait_tcp() { # name port
  local name=$1 port=$2 deadline=$((SECONDS + wait_limit))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    kill -0 "$(cat "$run/$name.pid")" 2>/dev/null || { tail -20 "$logs/$name.out" >&2; die "$name exited during start-up"; }
    ((SECONDS < deadline)) || die "$name does not listen on 127.0.0.1:$port after ${wait_limit}s (logs in $logs)"
    sleep 0.3
  done
  say "$name listens on 127.0.0.1:$port"
}

# ------------------------------------------------------------------ databases, seed, start
# RabbitMQ boots (about 5 s) while the databases are built. epmd is started first and on its
# own, else the Erlang VM spawns a daemonised one that is nobody's child and would outlive us.
( set -a; . "$etc/rabbitmq/env.sh"; set +a
  launch epmd epmd -address 127.0.0.1 -port 4369
  launch rabbitmq /usr/lib/rabbitmq/bin/rabbitmq-server )
say "building the databases"
ks="--config-file $etc/keystone/keystone.conf"
step keystone-manage $ks db_sync
step keystone-manage $ks fernet_setup --keystone-user root --keystone-group root
step keystone-manage $ks credential_setup --keystone-user root --keystone-group root
step keystone-manage $ks bootstrap --bootstrap-password "$admin_pass" --bootstrap-region-id RegionOne \
  --bootstrap-admin-url http://127.0.0.1:5000/v3/ --bootstrap-internal-url http://127.0.0.1:5000/v3/ \
  --bootstrap-public-url http://127.0.0.1:5000/v3/
wal "$state/keystone.db"
launch keystone uwsgi-core --ini "$etc/keystone/uwsgi.ini"

# The other databases are built while Keystone starts, each service's in parallel.
nova_manage() { module_main nova-manage nova.cmd.manage --config-file "$etc/nova/nova.conf" "$@"; }
builders=()
( step placement-manage --config-file "$etc/placement/placement.conf" db sync ) & builders+=($!)
( step nova_manage api_db sync
  step nova_manage cell_v2 map_cell0 --database_connection "sqlite:///$state/nova_cell0.db"
  step nova_manage db sync
  step nova_manage cell_v2 create_cell --name cell1 --transport-url "$transport" --database_connection "sqlite:///$state/nova.db"
) & builders+=($!)
# neutron-db-manage cannot migrate SQLite (no ALTER of constraints): create the tables from
# Neutron's models, as its unit tests do, and mark the migrations as applied.
( step "$py" -c 'import sys, sqlalchemy
from neutron.db.migration.models import head  # noqa: F401 (loads every model)
from neutron_lib.db import model_base
model_base.BASEV2.metadata.create_all(sqlalchemy.create_engine(sys.argv[1]))' "sqlite:///$state/neutron.db"
  step module_main neutron-db-manage neutron.db.migration.cli --config-file "$etc/neutron/neutron.conf" stamp heads
) & builders+=($!)
( step module_main glance-manage glance.cmd.manage --config-file "$etc/glance/glance-api.conf" db_sync ) & builders+=($!)
( step module_main cinder-manage cinder.cmd.manage --config-file "$etc/cinder/cinder.conf" db sync ) & builders+=($!)
for b in "${builders[@]}"; do wait "$b" || die "building a database failed (see $logs/init.log)"; done
for db in placement nova_api nova_cell0 nova neutron glance cinder; do wal "$state/$db.db"; done
say "databases built"

wait_http keystone http://127.0.0.1:5000/v3
cat > "$etc/seed.py" <<'EOF'
"""Projects demo and demo2 with their member users, the service users and the catalog."""
import sys
from keystoneauth1 import session
from keystoneauth1.identity import v3
from keystoneclient.v3 import client

admin_pass, service_pass, demo_pass = sys.argv[1:4]
ks = client.Client(session=session.Session(auth=v3.Password(
    auth_url='http://127.0.0.1:5000/v3', username='admin', password=admin_pass, project_name='admin',
    user_domain_id='default', project_domain_id='default')), interface='public')
ks.roles.create(name='service')
role = {r.name: r for r in ks.roles.list()}
service_project = ks.projects.create(name='service', domain='default', description='Service users')
ids = {'admin': ks.projects.list(name='admin')[0].id}
for name in ('demo', 'demo2'):
    project = ks.projects.create(name=name, domain='default', description=name + ' project')
    user = ks.users.create(name=name, domain='default', password=demo_pass, default_project=project)
    ks.roles.grant(role['member'], user=user, project=project)
    ids[name] = project.id
catalog = [('nova', 'compute', 'http://127.0.0.1:8774/v2.1'),
           ('placement', 'placement', 'http://127.0.0.1:8778'),
           ('neutron', 'network', 'http://127.0.0.1:9696'),
           ('glance', 'image', 'http://127.0.0.1:9292'),
           ('cinderv3', 'volumev3', 'http://127.0.0.1:8776/v3/%(project_id)s'),
           ('cinder', 'block-storage', 'http://127.0.0.1:8776/v3/%(project_id)s')]
users = {}
for name, kind, url in catalog:
    user_name = 'cinder' if kind in ('volumev3', 'block-storage') else name
    if user_name not in users:
        users[user_name] = ks.users.create(name=user_name, domain='default', password=service_pass)
        for r in ('admin', 'service'):
            ks.roles.grant(role[r], user=users[user_name], project=service_project)
    service = ks.services.create(name=name, type=kind)
    for interface in ('public', 'internal', 'admin'):
        ks.endpoints.create(service=service, url=url, interface=interface, region='RegionOne')
for name, project_id in ids.items():
    print('%s_project_id=%s' % (name, project_id))
EOF
"$py" "$etc/seed.py" "$admin_pass" "$service_pass" "$demo_pass" > "$state/project-ids" 2>> "$logs/init.log" ||
  { tail -20 "$logs/init.log" >&2; die "seeding Keystone failed"; }
say "Keystone seeded"

launch placement uwsgi-core --ini "$etc/placement/uwsgi.ini"
launch nova-api uwsgi-core --ini "$etc/nova/uwsgi.ini"
launch neutron env PYTHONPATH="$lib" "$py" -c "import sys; sys.argv[0] = 'neutron-server'; from neutron.cmd.eventlet.server import main; sys.exit(main())" \
  --config-file "$etc/neutron/neutron.conf"
launch glance "$py" -c "import sys; sys.argv[0] = 'glance-api'; from glance.cmd.api import main; sys.exit(main())" \
  --config-file "$etc/glance/glance-api.conf"
launch cinder "$py" -c "import sys; sys.argv[0] = 'cinder-api'; from cinder.cmd.api import main; sys.exit(main())" \
  --config-file "$etc/cinder/cinder.conf"
wait_tcp rabbitmq 5672
for s in conductor scheduler; do
  launch nova-$s "$py" -c "import sys; sys.argv[0] = 'nova-$s'; from nova.cmd.$s import main; sys.exit(main())" \
    --config-file "$etc/nova/nova.conf" --log-file "$logs/nova-$s.log"
done
launch nova-compute "$py" -c "import sys; sys.argv[0] = 'nova-compute'; from nova.cmd.compute import main; sys.exit(main())" \
  --config-file "$etc/nova/nova-compute.conf"
for s in scheduler volume; do
  launch cinder-$s "$py" -c "import sys; sys.argv[0] = 'cinder-$s'; from cinder.cmd.$s import main; sys.exit(main())" \
    --config-file "$etc/cinder/cinder.conf" --log-file "$logs/cinder-$s.log"
done
wait_http placement http://127.0.0.1:8778/
wait_http nova-api http://127.0.0.1:8774/
wait_http neutron http://127.0.0.1:9696/
wait_http glance http://127.0.0.1:9292/
wait_http cinder http://127.0.0.1:8776/
"$py" - "$admin_pass" >> "$logs/init.log" 2>&1 <<'EOF' || { tail -20 "$logs/init.log" >&2; die "creating the flavors failed"; }
"""Three public flavors, as a fresh cloud usually has, and the external network "public"."""
import sys
from keystoneauth1 import session
from keystoneauth1.identity import v3
nova = session.Session(auth=v3.Password(
    auth_url='http://127.0.0.1:5000/v3', username='admin', password=sys.argv[1], project_name='admin',
    user_domain_id='default', project_domain_id='default'))
for flavor_id, name, vcpus, ram, disk in (('1', 'm1.tiny', 1, 512, 1), ('2', 'm1.small', 1, 2048, 20),
                                          ('3', 'm1.medium', 2, 4096, 40)):
    nova.post('http://127.0.0.1:8774/v2.1/flavors', json={'flavor': {
        'id': flavor_id, 'name': name, 'vcpus': vcpus, 'ram': ram, 'disk': disk}})
net = nova.post('http://127.0.0.1:9696/v2.0/networks', json={'network': {
    'name': 'public', 'router:external': True, 'provider:network_type': 'flat',
    'provider:physical_network': 'public'}}).json()['network']
nova.post('http://127.0.0.1:9696/v2.0/subnets', json={'subnet': {
    'name': 'public-subnet', 'network_id': net['id'], 'ip_version': 4, 'cidr': '172.24.4.0/24',
    'gateway_ip': '172.24.4.1', 'enable_dhcp': False}})
EOF
say "flavors m1.tiny, m1.small, m1.medium and the external network public created"

# The compute path is ready when nova-compute reported, its host is mapped to cell1 (which
# needs the compute node record first) and cinder-volume offers its pool.
"$py" - "$admin_pass" "$wait_limit" "$etc/nova/nova.conf" >> "$logs/init.log" 2>&1 <<'EOF' ||
"""Waits for nova-compute and cinder-volume, mapping the compute host into cell1."""
import subprocess, sys, time
from keystoneauth1 import session
from keystoneauth1.identity import v3
admin_pass, limit, nova_conf = sys.argv[1], float(sys.argv[2]), sys.argv[3]
s = session.Session(auth=v3.Password(
    auth_url='http://127.0.0.1:5000/v3', username='admin', password=admin_pass, project_name='admin',
    user_domain_id='default', project_domain_id='default'))
project = s.get_project_id()
def wait(what, check):
    deadline = time.monotonic() + limit
    while True:
        try:
            if check():
                print('ready:', what, flush=True)
                return
        except Exception as e:  # a service still starting answers 5xx or not at all
            print('waiting for', what, repr(e), flush=True)
        if time.monotonic() > deadline:
            sys.exit('timed out waiting for ' + what)
        time.sleep(0.5)
def get(url):
    return s.get(url, raise_exc=True).json()
wait('nova-compute up', lambda: any(x['binary'] == 'nova-compute' and x['state'] == 'up'
                                    for x in get('http://127.0.0.1:8774/v2.1/os-services')['services']))
wait('compute resource provider', lambda: get('http://127.0.0.1:8778/resource_providers')['resource_providers'])
subprocess.run([sys.executable, '-c', 'import sys; sys.argv[0] = "nova-manage"; from nova.cmd.manage import main; '
                'sys.exit(main())', '--config-file', nova_conf, 'cell_v2', 'discover_hosts'], check=True)
wait('hypervisor in cell1', lambda: get('http://127.0.0.1:8774/v2.1/os-hypervisors')['hypervisors'])
wait('cinder-volume pool', lambda: get('http://127.0.0.1:8776/v3/%s/scheduler-stats/get_pools' % project)['pools'])
EOF
  { tail -20 "$logs/init.log" >&2; die "the compute path did not come up (logs in $logs)"; }
say "compute path ready (nova-compute with the fake driver, cinder-volume with the fake backend)"

# ------------------------------------------------------------------ credentials
# shellcheck disable=SC1091
. "$state/project-ids"
for who in admin demo demo2; do
  if [[ $who == admin ]]; then pass=$admin_pass; else pass=$demo_pass; fi
  cat > "$dir/$who-openrc" <<EOF
export OS_AUTH_URL=http://127.0.0.1:5000/v3
export OS_IDENTITY_API_VERSION=3
export OS_USERNAME=$who
export OS_PASSWORD=$pass
export OS_PROJECT_NAME=$who
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_REGION_NAME=RegionOne
export OS_INTERFACE=public
EOF
done
{
  echo "clouds:"
  for who in admin demo demo2; do
    if [[ $who == admin ]]; then pass=$admin_pass; else pass=$demo_pass; fi
    cat <<EOF
  virtdeck-$who:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: $who
      password: $pass
      project_name: $who
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
    identity_api_version: 3
EOF
  done
} > "$dir/clouds.yaml"
cat > "$dir/cloud.env" <<EOF
admin_project_id=$admin_project_id
demo_project_id=$demo_project_id
demo2_project_id=$demo2_project_id
EOF
say "test cloud ready: clouds.yaml in $dir (clouds virtdeck-admin, virtdeck-demo, virtdeck-demo2)"
