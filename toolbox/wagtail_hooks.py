from wagtail import hooks

from home.selectors import section_index

from .models import ToolboxIndexPage, with_card_themes


@hooks.register("home_page_sections")
def toolboxes_section(home_page, request):
    index = section_index(home_page, ToolboxIndexPage)
    if index is None:
        return None
    return {
        "order": 10,
        "template": "toolbox/home_section.html",
        "toolboxes": with_card_themes(index.toolboxes(), index.locale),
        "index_url": index.get_url(request),
    }
