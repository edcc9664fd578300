"""Service configuration: every threshold, limit and address, named and typed.

Read from the environment with the ``DOCINTAKE_`` prefix (``DOCINTAKE_DATABASE_URL`` …)
or from a ``.env`` file in the working directory. The defaults give a zero-set-up local
service: SQLite and originals under ``./var``, Redis on localhost.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from intake.limits import DEFAULT_MAX_FILES_PER_UPLOAD, DEFAULT_MAX_UPLOAD_BYTES


class Settings(BaseSettings):
    """Everything the API, the workers and the admin commands are configured by."""

    model_config = SettingsConfigDict(
        env_prefix="DOCINTAKE_", env_file=".env", extra="ignore", frozen=True
    )

    database_url: str = "sqlite:///./var/docintake.db"
    redis_url: str = "redis://localhost:6379/0"
    # The API's Redis calls (queueing, readiness) give up after this long.
    redis_timeout_seconds: float = Field(default=5.0, gt=0)
    originals_dir: Path = Path("./var/originals")
    migrate_on_start: bool = True

    # Uploads (the same environment variables as intake/limits.py, which lists every limit).
    max_upload_bytes: int = Field(default=DEFAULT_MAX_UPLOAD_BYTES, gt=0)
    max_files_per_upload: int = Field(default=DEFAULT_MAX_FILES_PER_UPLOAD, gt=0)

    # Rate limits per client address, counted in Redis (shared by every API process).
    # Uploads: a citizen sends a handful of files; the mailroom (staff) is not limited.
    rate_limit_uploads: int = Field(default=30, ge=0)
    # Wrong receipt tokens: guessing a 256-bit secret is hopeless, but every guess costs a
    # database lookup; after this many failures the address waits for the window to end.
    rate_limit_receipt_failures: int = Field(default=20, ge=0)
    rate_limit_window_seconds: int = Field(default=60, gt=0)

    # Retention: days after processing that a document, its cases and its original are
    # kept, per document type (the longest of the types found in a file counts); others
    # and unrecognised documents keep the default. Enforced by `docintake admin
    # purge-expired` (cron); routed cases not yet acknowledged are never purged.
    # As "type=days,type=days" (e.g. "anmeldung=180,sterbeurkunde=3650"): a plain string
    # keeps the settings hashable (they key the per-process caches).
    retention_days_per_type: str = ""
    retention_default_days: int = Field(default=365, gt=0)

    # Authority claims: a claimed case that is not acknowledged within this many seconds
    # becomes claimable again, so a crashed consumer loses nothing.
    lease_seconds: int = Field(default=300, gt=0)
    page_size_default: int = Field(default=50, gt=0)
    page_size_max: int = Field(default=200, gt=0)

    # Extraction: fields below this confidence send a document to review. None keeps the
    # pipeline's own default (the CLI's), so the service and the CLI agree unless told.
    confidence_threshold: float | None = Field(default=None, ge=0.0, le=1.0)

    # Processing jobs.
    queue_name: str = "docintake"
    pipeline_module: str = "intake.pipeline"
    job_timeout_seconds: int = Field(default=300, gt=0)
    # A document not finished this long after it was handed to a worker is re-enqueued by
    # the sweep (the worker died); must exceed job_timeout_seconds.
    processing_timeout_seconds: int = Field(default=600, gt=0)
    max_attempts: int = Field(default=3, gt=0)
    retry_intervals_seconds: tuple[int, ...] = (10, 60, 300)
    sweep_interval_seconds: int = Field(default=30, gt=0)

    @field_validator("processing_timeout_seconds")
    @classmethod
    def _timeout_exceeds_job_timeout(cls, value: int, info: ValidationInfo) -> int:
        job_timeout = info.data.get("job_timeout_seconds")
        if job_timeout is not None and value <= job_timeout:
            msg = "processing_timeout_seconds must exceed job_timeout_seconds"
            raise ValueError(msg)
        return value

    @field_validator("retention_days_per_type")
    @classmethod
    def _retention_parses(cls, value: str) -> str:
        _parse_retention(value)
        return value

    @property
    def retention_days(self) -> dict[str, int]:
        """Retention in days per document type (types not named keep the default)."""
        return _parse_retention(self.retention_days_per_type)

    @property
    def is_sqlite(self) -> bool:
        """Whether the case store is a SQLite file."""
        return self.database_url.startswith("sqlite")


def _parse_retention(text: str) -> dict[str, int]:
    """``"anmeldung=180, eheurkunde=3650"`` → ``{"anmeldung": 180, "eheurkunde": 3650}``."""
    out: dict[str, int] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, equals, days = item.partition("=")
        if not equals or not name.strip() or not days.strip().isdigit() or int(days) <= 0:
            msg = f"retention entry {item!r} is not type=days (days > 0)"
            raise ValueError(msg)
        out[name.strip()] = int(days)
    return out


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once from the environment."""
    return Settings()
