"""The local analyst web app (`newsweave serve`): JSON API + offline single-page UI."""

from newsweave.web.app import create_app, serve

__all__ = ["create_app", "serve"]
