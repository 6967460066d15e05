"""Site search at /<language>/search/?q=… in the language of the URL."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from home.selectors import request_locale, slug_param, theme_options

from . import hits, selectors

RESULTS_PER_PAGE = 10


@require_safe
def search(request):
    query = selectors.clean_query(request.GET.get("q", ""))
    result_type = request.GET.get("type", "")
    result_type = result_type if result_type in selectors.RESULT_TYPES else ""
    theme = slug_param(request, "theme")
    locale = request_locale(request)
    context = {
        "search_query": query,
        "raw_query": request.GET.get("q", "")[: selectors.MAX_QUERY_LENGTH],
        "result_types": [
            (value, label) for value, (label, _models) in selectors.RESULT_TYPES.items()
        ],
        "themes": theme_options(locale),
        "selected": {"type": result_type, "theme": theme},
        "results": [],
        "promotions": [],
    }
    if query:
        paginator = Paginator(
            selectors.search_pages(query, locale, result_type, theme),
            RESULTS_PER_PAGE,
        )
        results_page = paginator.get_page(request.GET.get("page"))
        pages = selectors.result_pages(list(results_page))
        texts = selectors.result_texts(pages)
        context.update(
            results_page=results_page,
            results=[
                {
                    "page": page,
                    "label": selectors.result_label(page),
                    "excerpt": selectors.excerpt(texts.get(page.pk, ""), query),
                }
                for page in pages
            ],
            promotions=selectors.promotions(query, locale),
        )
        hits.record_request(request)
    return TemplateResponse(request, "search/search.html", context)
