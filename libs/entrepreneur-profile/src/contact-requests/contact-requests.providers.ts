import { ContactRequestRepository } from './contact-request.repository';
import { ContactRequestService } from './contact-request.service';

/**
 * Registered in EntrepreneurProfileModule itself (not a sub-module): the service needs
 * ProfileService, and a sub-module importing its parent would be a cycle.
 */
export const contactRequestProviders = [ContactRequestRepository, ContactRequestService];
export { contactRequestEntities } from './contact-request.entity';
