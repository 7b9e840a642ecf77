#!/usr/bin/env bash
# Backs up Coproduce's MariaDB/MySQL database into one compressed, consistent SQL file.
#   bash payara-config/backup.sh DATABASE [FILE]     (FILE default: coproduce-DATABASE-<UTC time>.sql.gz)
# Connection: the usual client options in MYSQL_OPTS (e.g. "-h db -u backup") or ~/.my.cnf.
# --single-transaction: one InnoDB snapshot while the app keeps running (no table locks);
# the server secret (COPRODUCE_SECRET) is NOT in the database: keep it apart, see docs/operations.md.
set -euo pipefail
db=${1:?usage: backup.sh DATABASE [FILE]}
file=${2:-coproduce-$db-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}
dump=$(command -v mariadb-dump || command -v mysqldump)
# shellcheck disable=SC2086
"$dump" ${MYSQL_OPTS:-} --single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4 \
  --databases "$db" | gzip > "$file.part"
mv "$file.part" "$file"
echo "backup of $db: $file ($(du -h "$file" | cut -f1))"
