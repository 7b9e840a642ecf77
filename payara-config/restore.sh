#!/usr/bin/env bash
# Restores a backup of payara-config/backup.sh into a database that must be EMPTY or absent.
#   bash payara-config/restore.sh FILE TARGET_DATABASE
# Connection as for backup.sh (MYSQL_OPTS). Stop the app first; start it afterwards with DB_URL
# naming TARGET_DATABASE and the same COPRODUCE_SECRET as before (docs/operations.md).
set -euo pipefail
file=${1:?usage: restore.sh FILE TARGET_DATABASE}
target=${2:?usage: restore.sh FILE TARGET_DATABASE}
[[ $target =~ ^[A-Za-z0-9_]+$ ]] || { echo "database name: letters, digits, _ only" >&2; exit 2; }
client=$(command -v mariadb || command -v mysql)
# shellcheck disable=SC2086
tables=$("$client" ${MYSQL_OPTS:-} -N -e "select count(*) from information_schema.tables where table_schema = '$target'")
[ "$tables" = 0 ] || { echo "$target has $tables tables: restore only into an empty database" >&2; exit 1; }
# shellcheck disable=SC2086
"$client" ${MYSQL_OPTS:-} -e "create database if not exists \`$target\` character set utf8mb4 collate utf8mb4_unicode_ci"
# the dump names its own database (--databases): point its CREATE DATABASE / USE at the target
# shellcheck disable=SC2086
gunzip -c "$file" | sed -E '/^(CREATE DATABASE|USE) /d' | "$client" ${MYSQL_OPTS:-} "$target"
# shellcheck disable=SC2086
echo "restored $file into $target: $("$client" ${MYSQL_OPTS:-} -N -e "select count(*) from \`$target\`.story") stories"
