import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../core/auth/access.decorator';
import { AdminHomeService } from './admin-home.service';
import { AdminHomeDto } from './dtos/admin-home.dto';

@ApiTags('admin-home')
@Controller('admin-home')
export class AdminHomeController {
  constructor(private readonly home: AdminHomeService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({
    type: AdminHomeDto,
    description: 'What needs an admin’s attention today, counted from the application’s clock',
  })
  get() {
    return this.home.attention();
  }
}
