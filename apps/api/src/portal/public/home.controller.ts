import { Get } from '@nestjs/common';
import { Public } from '@app/identity';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';

@PortalController()
export class HomeController {
  @Public()
  @Get()
  async home(@Web() web: WebContext): Promise<void> {
    await web.render('public/home', { title: web.t('site.name'), canonicalPath: '/' }, {});
  }
}
