"""Account logic: registration, login, rotating refresh tokens with reuse detection, logout."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from leettrack.auth.models import AuthSession, RefreshToken, User
from leettrack.auth.schemas import (
    AuthTokens,
    ChangePasswordRequest,
    DeleteAccountRequest,
    LoginRequest,
    RegisterRequest,
    UpdateMeRequest,
    UserOut,
)
from leettrack.auth.sessions import SessionCache, announce_user_change
from leettrack.core import metrics
from leettrack.core.errors import Conflict, Forbidden, TokenExpired, Unauthorized
from leettrack.core.security import (
    AccessClaims,
    create_access_token,
    decode_access_token,
    dummy_hash,
    hash_password,
    hash_refresh_token,
    new_refresh_token,
    verify_password,
)
from leettrack.db import Database, utcnow
from leettrack.settings import Settings

logger = logging.getLogger(__name__)

INVALID_CREDENTIALS = "Invalid username/email or password"


class AuthService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings

    # --- accounts ---

    async def _ensure_unique(self, *, username: str | None, email: str | None) -> None:
        clauses = []
        if username is not None:
            clauses.append(func.lower(User.username) == username.lower())
        if email is not None:
            clauses.append(User.email == email.lower())
        taken = await self.session.execute(select(User.username, User.email).where(or_(*clauses)))
        for row in taken:
            field = "username" if username and row.username.lower() == username.lower() else "email"
            raise Conflict(f"That {field} is already registered", details={"field": field})

    async def register(self, body: RegisterRequest) -> AuthTokens:
        await self._ensure_unique(username=body.username, email=body.email)
        user = User(
            username=body.username,
            email=body.email.lower(),
            password_hash=await hash_password(body.password, self.settings.bcrypt_rounds),
            leetcode_username=body.leetcode_username,
        )
        self.session.add(user)
        try:
            await self.session.flush()
        except IntegrityError as exc:  # a concurrent registration won the race
            await self.session.rollback()
            raise Conflict("That username or email is already registered") from exc
        tokens = await self._start_session(user)
        await self.session.commit()
        metrics.REGISTRATIONS.inc()
        logger.info("user registered", extra={"user_id": user.id})
        return tokens

    async def create_user(
        self, *, username: str, email: str, password: str, is_admin: bool = False
    ) -> User:
        """Create an account outside the HTTP flow (the `admin create` command)."""
        await self._ensure_unique(username=username, email=email)
        user = User(
            username=username,
            email=email.lower(),
            password_hash=await hash_password(password, self.settings.bcrypt_rounds),
            is_admin=is_admin,
        )
        self.session.add(user)
        await self.session.commit()
        return user

    async def login(self, body: LoginRequest) -> AuthTokens:
        identifier = body.identifier
        condition = (
            User.email == identifier.lower()
            if "@" in identifier
            else func.lower(User.username) == identifier.lower()
        )
        user = (await self.session.execute(select(User).where(condition))).scalar_one_or_none()
        # Unknown users are checked against a dummy hash so both failures cost the same time.
        password_hash = user.password_hash if user else dummy_hash(self.settings.bcrypt_rounds)
        valid = await verify_password(body.password, password_hash)
        if user is None or not valid:
            raise Unauthorized(INVALID_CREDENTIALS)
        if not user.is_active:
            raise Forbidden("This account is disabled")
        user.last_login_at = utcnow()
        tokens = await self._start_session(user)
        await self.session.commit()
        return tokens

    async def update_me(self, user: User, body: UpdateMeRequest) -> User:
        changes = body.model_dump(exclude_unset=True)
        if changes.get("email") and changes["email"].lower() != user.email:
            await self._ensure_unique(username=None, email=changes["email"])
            user.email = changes["email"].lower()
        if "leetcode_username" in changes:
            user.leetcode_username = changes["leetcode_username"]
        for field in ("timezone", "desired_retention", "maximum_interval_days"):
            if changes.get(field) is not None:
                setattr(user, field, changes[field])
        try:  # the announcement flushes the changes: a duplicate email fails here or at commit
            await announce_user_change(self.session, [user.id])
            await self.session.commit()
        except IntegrityError as exc:
            await self.session.rollback()
            raise Conflict("That email is already registered") from exc
        return user

    async def change_password(
        self, user: User, session_id: str, body: ChangePasswordRequest
    ) -> None:
        if not await verify_password(body.current_password, user.password_hash):
            raise Unauthorized("Current password is incorrect")
        user.password_hash = await hash_password(body.new_password, self.settings.bcrypt_rounds)
        await self._revoke_sessions(
            AuthSession.user_id == user.id,
            AuthSession.id != session_id,
            user_id=user.id,
            reason="password",
        )
        await self.session.commit()

    async def delete_account(self, user: User, body: DeleteAccountRequest) -> None:
        """Delete the account and everything it owns (the database cascades from `users`),
        once the password is confirmed. Its sessions go with it, so its tokens stop working."""
        if not await verify_password(body.password, user.password_hash):
            raise Unauthorized("Password is incorrect")
        await announce_user_change(self.session, [user.id])  # other processes forget its sessions
        await self.session.execute(delete(User).where(User.id == user.id))
        await self.session.commit()
        logger.info("account deleted", extra={"user_id": user.id})

    # --- tokens ---

    async def _start_session(self, user: User) -> AuthTokens:
        auth_session = AuthSession(id=str(uuid.uuid4()), user_id=user.id)
        self.session.add(auth_session)
        await self.session.flush()
        return await self._issue(user, auth_session.id)

    async def _issue(self, user: User, session_id: str) -> AuthTokens:
        refresh = new_refresh_token()
        self.session.add(
            RefreshToken(
                session_id=session_id,
                user_id=user.id,
                token_hash=hash_refresh_token(refresh),
                expires_at=utcnow() + timedelta(seconds=self.settings.jwt_refresh_expires_in),
            )
        )
        await self.session.flush()
        access = create_access_token(
            user_id=user.id,
            session_id=session_id,
            secret=self.settings.jwt_secret,
            algorithm=self.settings.jwt_algorithm,
            lifetime_seconds=self.settings.jwt_expires_in,
        )
        return AuthTokens(
            user=UserOut.model_validate(user),
            access_token=access,
            refresh_token=refresh,
            expires_in=self.settings.jwt_expires_in,
        )

    async def refresh(self, refresh_token: str) -> AuthTokens:
        """Rotate: the presented token is spent; a spent token presented again kills its family."""
        stored = (
            await self.session.execute(
                select(RefreshToken).where(
                    RefreshToken.token_hash == hash_refresh_token(refresh_token)
                )
            )
        ).scalar_one_or_none()
        if stored is None:
            raise Unauthorized("Invalid refresh token")
        row = (
            await self.session.execute(
                select(User, AuthSession)
                .join(AuthSession, AuthSession.user_id == User.id)
                .where(AuthSession.id == stored.session_id)
            )
        ).one()
        user, auth_session = row
        if auth_session.revoked_at is not None or not user.is_active:
            raise Unauthorized("This session has ended; sign in again")
        if stored.expires_at <= utcnow():
            raise TokenExpired("Refresh token has expired")
        spent = await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.id == stored.id, RefreshToken.used_at.is_(None))
            .values(used_at=utcnow())
        )
        if spent.rowcount != 1:  # type: ignore[attr-defined]
            await self._revoke_sessions(
                AuthSession.id == stored.session_id, user_id=user.id, reason="reuse"
            )
            await self.session.commit()
            logger.warning("refresh token reuse detected", extra={"user_id": user.id})
            raise Unauthorized("Refresh token reuse detected; the session has been revoked")
        tokens = await self._issue(user, stored.session_id)
        await self.session.commit()
        return tokens

    async def logout(self, user: User, claims: AccessClaims, refresh_token: str | None) -> None:
        session_ids = {claims.session_id}
        if refresh_token:
            other = (
                await self.session.execute(
                    select(RefreshToken.session_id).where(
                        RefreshToken.token_hash == hash_refresh_token(refresh_token),
                        RefreshToken.user_id == user.id,
                    )
                )
            ).scalar_one_or_none()
            if other:
                session_ids.add(other)
        await self._revoke_sessions(
            AuthSession.id.in_(session_ids), user_id=user.id, reason="logout"
        )
        await self.session.commit()

    async def _revoke_sessions(self, *conditions: object, user_id: int, reason: str) -> None:
        """End the matching sessions of `user_id`, announced to every process at commit."""
        await self.session.execute(
            update(AuthSession)
            .where(*conditions, AuthSession.revoked_at.is_(None))  # type: ignore[arg-type]
            .values(revoked_at=utcnow(), revoked_reason=reason)
        )
        await announce_user_change(self.session, [user_id])

    async def authenticate(
        self, token: str, sessions: SessionCache | None = None
    ) -> tuple[User, AccessClaims]:
        """Resolve an access token to its active user (see `session_user`)."""
        claims = decode_access_token(
            token, secret=self.settings.jwt_secret, algorithm=self.settings.jwt_algorithm
        )
        return await self.session_user(claims, sessions), claims

    async def session_user(
        self, claims: AccessClaims, sessions: SessionCache | None = None
    ) -> User:
        """The active user of an access token's verified claims; revoked sessions are refused
        at once (from `sessions`, this process's trusted cache, when it knows the session)."""
        cached = sessions.get(claims.session_id, claims.user_id) if sessions is not None else None
        if cached is not None:
            return await self.session.merge(cached, load=False)
        generation = sessions.generation if sessions is not None else 0
        row = (
            await self.session.execute(
                select(User, AuthSession.revoked_at)
                .join(AuthSession, AuthSession.user_id == User.id)
                .where(User.id == claims.user_id, AuthSession.id == claims.session_id)
            )
        ).one_or_none()
        if row is None or row.revoked_at is not None:
            raise Unauthorized("This session has ended; sign in again")
        user = row[0]
        if not user.is_active:
            raise Unauthorized("This account is disabled")
        if sessions is not None:
            sessions.put(claims.session_id, user, generation)
        return user


async def authenticate_reader(
    database: Database, settings: Settings, claims: AccessClaims, sessions: SessionCache | None
) -> User:
    """`AuthService.session_user` for read-only routes, which need no session of their own:
    when this process trusts its cached session no statement runs and no session is opened;
    else the check runs on a session of its own. The user is detached: never write it."""
    cached = sessions.get(claims.session_id, claims.user_id) if sessions is not None else None
    if cached is not None:
        return cached
    async with database.read_sessionmaker() as session:
        return await AuthService(session, settings).session_user(claims, sessions)
