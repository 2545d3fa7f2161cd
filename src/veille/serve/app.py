"""The FastAPI application: every view served as JSON under /api and as an HTML page, read-only.

A page answers JSON instead of HTML for `?format=json` or an `Accept: application/json`
request. Errors answer in kind: a JSON `{"error": {...}}` or an HTML error page, with a
clear message and never a stack trace.
"""

from __future__ import annotations

import inspect
import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from veille.serve import i18n, present
from veille.serve.pages import PAGES, Page
from veille.store.db import Store, StoreError

HERE = Path(__file__).resolve().parent
log = logging.getLogger("veille.serve")

DESCRIPTION = """Read-only access to a veille store: entities, quotes and their speakers,
events, stances and the articles they come from, each with the character offsets of its
evidence in the article text. Every page of the web UI has its JSON twin here."""


def wants_json(request: Request) -> bool:
    """Whether a request asks for JSON: an /api path, `?format=json`, or Accept preferring JSON."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return True
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["type_of"] = present.type_of
    return env


def _language(request: Request) -> str:
    return i18n.choose(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE),
                       request.headers.get("accept-language"))


def _url_with(request: Request):  # noqa: ANN202 - a template helper
    def url_with(**changes: Any) -> str:
        params = dict(request.query_params)
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = str(value)
        return request.url.path + ("?" + urlencode(params) if params else "")

    return url_with


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
    """The HTML page of a data dict, in the request's language; `?lang=` is remembered."""
    language = _language(request)
    env: Environment = request.app.state.templates
    context = {**data, "data": data, "lang": language, "t": i18n.translator(language),
               "fmt_date": lambda v: i18n.format_date(v, language), "url_with": _url_with(request),
               "path": request.url.path, "other_lang": "en" if language == "fr" else "fr"}
    context.update(present.extra(template, data))
    html = env.get_template(template).render(context)
    response = HTMLResponse(html, status_code=status)
    chosen = request.query_params.get("lang")
    if chosen in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, chosen, max_age=365 * 24 * 3600, samesite="lax")
    return response


def _html_endpoint(page: Page):  # noqa: ANN202 - builds an endpoint with the view's signature
    """The HTML twin of a view: same parameters, same data, rendered (or JSON when asked)."""
    signature = inspect.signature(page.view, eval_str=True)

    def endpoint(request: Request, **kwargs: Any) -> Response:
        data = page.view(**kwargs)
        if wants_json(request):
            return JSONResponse(_jsonable(data))
        return render(request, page.template, data)

    request_param = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)
    endpoint.__signature__ = signature.replace(parameters=[request_param, *signature.parameters.values()])  # type: ignore[attr-defined]
    endpoint.__name__ = f"page_{page.name}"
    return endpoint


def _jsonable(data: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(data)


def _error(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    return render(request, "error.html", {"status": status, "message": message}, status)


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path"))
        value = item.get("input")
        shown = f" (got {value!r})" if isinstance(value, (str, int, float)) else ""
        parts.append(f"{where}: {item.get('msg', 'invalid')}{shown}")
    return "; ".join(parts) or "invalid parameters"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("store error: %s", exc)
        return _error(request, 503, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("error while serving %s", request.url.path)
        return _error(request, 500, "internal error: the server log has the details")


def create_app(db: str | os.PathLike[str]) -> FastAPI:
    """The web UI and REST API over the store at `db` (read-only)."""
    app = FastAPI(title="veille", version="1", description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.store = Store(db)
    app.state.templates = _environment()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for page in PAGES:
        app.add_api_route(page.api_path, page.view, methods=["GET"], name=f"api_{page.name}",
                          summary=(page.view.__doc__ or "").strip(), tags=["read"])
        app.add_api_route(page.path, _html_endpoint(page), methods=["GET"], name=page.name,
                          include_in_schema=False, response_model=None)
    _install_error_handlers(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The OpenAPI description, browsable, with Swagger UI served from the package (no CDN)."""
        vendor = "/static/vendor/swagger-ui"
        return get_swagger_ui_html(openapi_url="/openapi.json", title="veille API",
                                   swagger_js_url=f"{vendor}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{vendor}/swagger-ui.css",
                                   swagger_favicon_url=f"{vendor}/favicon-32x32.png")

    return app

