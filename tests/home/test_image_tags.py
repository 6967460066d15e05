"""The seam in home.templatetags.image_tags: an `{% image_for %}` node keeps
the Filter objects it made, so Wagtail parses each filter spec once per
process rather than on every render. Fails if Wagtail stops asking the node
for its filters (then every render parses the specs again)."""

from django.template import engines
from django.test import TestCase

from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from home.images import USES

TEMPLATE = """{% load image_tags %}{% image_for "card" photo alt="" %}
{% image_for "logo" photo alt="" %}"""


class FiltersAreKept(TestCase):
    def test_renders_use_the_filters_the_node_made_once(self):
        template = engines["django"].from_string(TEMPLATE)
        photo = ImageFactory()
        picture, logo = [
            node for node in template.template.nodelist if hasattr(node, "filter_specs")
        ]
        filters, logo_filter = picture.get_filters(), logo.get_filter()
        self.assertEqual([f.spec for f in filters], USES["card"].specs)
        self.assertEqual(logo_filter.spec, USES["logo"].specs[0])
        for _ in range(2):
            html = template.render({"photo": photo})
        self.assertIn("<picture", html)
        # Wagtail parsed the specs of these very objects (its cached
        # `operations`), and the node still hands out the same ones.
        self.assertTrue(all("operations" in f.__dict__ for f in filters))
        self.assertIn("operations", logo_filter.__dict__)
        self.assertIs(picture.get_filters()[0], filters[0])
        self.assertIs(logo.get_filter(), logo_filter)
        self.assertEqual(
            get_image_model().get_rendition_model().objects.count(),
            len(filters) + 1,
        )
